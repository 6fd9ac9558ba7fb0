package app.cairn.customer;

import java.time.LocalDate;

/**
 * The editable part of a profile. Values are normalised on save ({@link CustomerNormaliser}); blank means none.
 *
 * @param phone any common notation; stored in E.164 (the country helps read national numbers)
 * @param country ISO 3166-1 alpha-2 code
 * @param timeZone IANA zone id such as {@code Asia/Shanghai}
 * @param language BCP 47 tag such as {@code zh-CN}
 */
public record CustomerDetails(
        String email,
        String firstName,
        String lastName,
        String phone,
        String country,
        String city,
        String timeZone,
        String language,
        LocalDate birthday) {}
