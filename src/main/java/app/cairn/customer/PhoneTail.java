package app.cairn.customer;

import org.hibernate.search.mapper.pojo.bridge.ValueBridge;
import org.hibernate.search.mapper.pojo.bridge.runtime.ValueBridgeToIndexedValueContext;

/**
 * Indexes a phone number as its digits backwards, so that the end of a number finds it whatever way its start was
 * written: "0151 2345 6789" (national) and "+49 151 23456789" (international) share the tail 15123456789. Used by
 * the customer index only.
 */
public class PhoneTail implements ValueBridge<String, String> {

    @Override
    public String toIndexedValue(String phone, ValueBridgeToIndexedValueContext context) {
        return phone == null ? null : reversedDigits(phone);
    }

    /** The digits of the text, last first, without the zeros a national number starts with; empty when none. */
    static String reversedDigits(String text) {
        String digits = text.replaceAll("\\D", "").replaceFirst("^0+", "");
        return new StringBuilder(digits).reverse().toString();
    }
}
