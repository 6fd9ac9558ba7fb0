package app.cairn.customer;

/** The customer index's name and field names. */
final class CustomerFields {

    static final String INDEX = "customers";
    static final String ID = "id_sort";
    static final String EMAIL = "email";
    static final String EMAIL_WORDS = "email_words";
    static final String FIRST_NAME = "first_name";
    static final String FIRST_NAME_SORT = "first_name_sort";
    static final String LAST_NAME = "last_name";
    static final String LAST_NAME_SORT = "last_name_sort";
    static final String PHONE_TAIL = "phone_tail";
    static final String COUNTRY = "country";
    static final String CITY = "city";
    static final String SIGNUP = "signup";
    static final String MERGED_INTO = "merged_into";
    static final String TAG = "tag";
    static final String CONSENT = "consent";

    private CustomerFields() {}
}
