package app.cairn.customer;

import java.time.Instant;
import java.time.LocalDate;

/**
 * What a message to a customer needs: the address, the names to greet with, where the customer is (for local
 * time) and whether the customer agreed to e-mail.
 *
 * @param timeZone an IANA zone id such as {@code Europe/Berlin}, or null when unknown
 * @param emailConsent true when e-mail consent is granted; false when it was withdrawn or never given
 * @param phone the number for text messages, or null
 * @param smsConsent true when text-message consent is granted
 * @param birthday the date of birth, or null when unknown
 * @param signupAt when the customer signed up
 */
public record CustomerContact(
        long id,
        String email,
        String firstName,
        String lastName,
        String country,
        String city,
        String timeZone,
        String language,
        boolean emailConsent,
        String phone,
        boolean smsConsent,
        LocalDate birthday,
        Instant signupAt) {}
