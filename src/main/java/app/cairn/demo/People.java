package app.cairn.demo;

import app.cairn.customer.CustomerDetails;
import app.cairn.customer.CustomerException;
import app.cairn.customer.CustomerNormaliser;
import java.time.LocalDate;
import java.util.Locale;
import org.hipparchus.random.RandomDataGenerator;

/** Names, cities, phone numbers and languages by country, for demo customers. */
final class People {

    private record Country(
            String code,
            String zone,
            String language,
            String currency,
            double priceFactor,
            String phonePrefix,
            int phoneDigits,
            String[] firstNames,
            String[] lastNames,
            String[] cities) {}

    private static final Country[] COUNTRIES = {
        new Country(
                "DE",
                "Europe/Berlin",
                "de",
                "EUR",
                1.0,
                "+49 151 ",
                8,
                new String[] {"Anna", "Lukas", "Mia", "Jonas", "Lea", "Felix", "Hannah", "Paul"},
                new String[] {"Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Wagner"},
                new String[] {"Berlin", "Hamburg", "München", "Köln", "Leipzig"}),
        new Country(
                "FR",
                "Europe/Paris",
                "fr",
                "EUR",
                1.0,
                "+33 6 ",
                8,
                new String[] {"Camille", "Louis", "Chloé", "Hugo", "Léa", "Arthur"},
                new String[] {"Martin", "Bernard", "Dubois", "Durand", "Moreau"},
                new String[] {"Paris", "Lyon", "Marseille", "Toulouse", "Nantes"}),
        new Country(
                "GB",
                "Europe/London",
                "en-GB",
                "GBP",
                0.86,
                "+44 7",
                9,
                new String[] {"Olivia", "George", "Amelia", "Harry", "Isla", "Jack"},
                new String[] {"Smith", "Jones", "Taylor", "Brown", "Williams", "Evans"},
                new String[] {"London", "Manchester", "Bristol", "Leeds", "Edinburgh"}),
        new Country(
                "US",
                "America/New_York",
                "en-US",
                "USD",
                1.08,
                "+1 212 ",
                7,
                new String[] {"Emma", "Liam", "Ava", "Noah", "Sophia", "Mason"},
                new String[] {"Johnson", "Miller", "Davis", "Garcia", "Wilson"},
                new String[] {"New York", "Boston", "Chicago", "Seattle", "Austin"}),
        new Country(
                "CN",
                "Asia/Shanghai",
                "zh-CN",
                "CNY",
                7.8,
                "+86 138 ",
                8,
                new String[] {"伟", "芳", "娜", "敏", "静", "磊", "洋", "婷"},
                new String[] {"王", "李", "张", "刘", "陈", "杨"},
                new String[] {"上海", "北京", "杭州", "深圳", "成都"}),
        new Country(
                "JP",
                "Asia/Tokyo",
                "ja",
                "JPY",
                160,
                "+81 90 ",
                8,
                new String[] {"Yui", "Haruto", "Aoi", "Sota", "Hina", "Ren"},
                new String[] {"Sato", "Suzuki", "Takahashi", "Tanaka", "Watanabe"},
                new String[] {"Tokyo", "Osaka", "Kyoto", "Yokohama", "Sapporo"}),
        new Country(
                "ES",
                "Europe/Madrid",
                "es",
                "EUR",
                1.0,
                "+34 6",
                8,
                new String[] {"Lucía", "Hugo", "Martina", "Mateo", "Sofía"},
                new String[] {"García", "Fernández", "López", "Martínez", "Sánchez"},
                new String[] {"Madrid", "Barcelona", "Valencia", "Sevilla", "Bilbao"}),
        new Country(
                "NL",
                "Europe/Amsterdam",
                "nl",
                "EUR",
                1.0,
                "+31 6 ",
                8,
                new String[] {"Emma", "Daan", "Julia", "Sem", "Tess"},
                new String[] {"de Jong", "Jansen", "de Vries", "Bakker", "Visser"},
                new String[] {"Amsterdam", "Rotterdam", "Utrecht", "Den Haag", "Eindhoven"}),
    };

    private People() {}

    /** A person of a random country; {@code sequence} keeps e-mail addresses unique. */
    static Person person(int sequence, RandomDataGenerator random) {
        Country country = COUNTRIES[random.nextInt(0, COUNTRIES.length - 1)];
        String first = pick(country.firstNames(), random);
        String last = pick(country.lastNames(), random);
        String phone = phone(country, random);
        String email = "demo" + sequence + "." + country.code().toLowerCase(Locale.ROOT) + "@example.com";
        LocalDate birthday = random.nextDouble() < 0.6
                ? LocalDate.of(random.nextInt(1955, 2004), random.nextInt(1, 12), random.nextInt(1, 28))
                : null;
        CustomerDetails details = new CustomerDetails(
                email,
                first,
                last,
                phone,
                country.code(),
                pick(country.cities(), random),
                country.zone(),
                country.language(),
                birthday);
        return new Person(details, country.currency(), country.priceFactor());
    }

    /**
     * The same person registering a second time, as people do when they forget they have an account: with a
     * tagged variant of the same address, with a new address but the same phone, or with a new address and no
     * phone but the same name, city and birthday. Each is one the duplicate scan is meant to find.
     */
    static Person reregistration(Person person, int sequence, RandomDataGenerator random) {
        CustomerDetails d = person.details();
        String country = d.country().toLowerCase(Locale.ROOT);
        int kind = random.nextInt(0, 2);
        CustomerDetails again;
        if (kind == 0) {
            String email = d.email().replace("@", "+shop@");
            again = new CustomerDetails(
                    email, d.firstName(), d.lastName(), null, d.country(), d.city(), d.timeZone(), d.language(), null);
        } else if (kind == 1 || d.birthday() == null) {
            again = new CustomerDetails(
                    "again" + sequence + "." + country + "@example.net",
                    d.firstName(),
                    d.lastName(),
                    d.phone(),
                    d.country(),
                    null,
                    d.timeZone(),
                    d.language(),
                    null);
        } else {
            again = new CustomerDetails(
                    "again" + sequence + "." + country + "@example.net",
                    d.firstName(),
                    d.lastName(),
                    null,
                    d.country(),
                    d.city(),
                    d.timeZone(),
                    d.language(),
                    d.birthday());
        }
        return new Person(again, person.currency(), person.priceFactor());
    }

    /** Each currency the generated people buy in, with its price factor against the euro (EUR is 1). */
    static java.util.Map<String, Double> priceFactors() {
        java.util.Map<String, Double> factors = new java.util.TreeMap<>();
        for (Country country : COUNTRIES) {
            factors.put(country.currency(), country.priceFactor());
        }
        return factors;
    }

    /** A generated customer and the currency they buy in (with its price factor against EUR). */
    record Person(CustomerDetails details, String currency, double priceFactor) {}

    /** A number the customer rules accept: random digits after a mobile prefix, drawn again until valid. */
    private static String phone(Country country, RandomDataGenerator random) {
        for (int attempt = 0; attempt < 50; attempt++) {
            String candidate = country.phonePrefix() + digits(country.phoneDigits(), random);
            try {
                return CustomerNormaliser.phone(candidate, country.code());
            } catch (CustomerException unassignedRange) {
                // some number ranges are not allocated; draw again
            }
        }
        return null;
    }

    private static String pick(String[] values, RandomDataGenerator random) {
        return values[random.nextInt(0, values.length - 1)];
    }

    private static String digits(int count, RandomDataGenerator random) {
        StringBuilder digits = new StringBuilder(count);
        digits.append(random.nextInt(2, 9));
        for (int i = 1; i < count; i++) {
            digits.append(random.nextInt(0, 9));
        }
        return digits.toString();
    }
}
