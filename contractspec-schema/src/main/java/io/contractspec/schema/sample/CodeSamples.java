package io.contractspec.schema.sample;

/** Samples of Locale (BCP 47) and of the JDK code sets TimeZone, Currency and CountryCode. */
final class CodeSamples {

    private CodeSamples() {}

    static SampleSet locale() {
        return new SampleSet()
                .valid("en", "de-CH", "zh-Hant-TW", "EN-us", "sr-Latn-RS", "es-419", "de-CH-1901", "sl-rozaj-biske")
                .valid("zh-yue-HK", "en-US-u-ca-gregory", "en-a-bbb-x-a-ccc", "x-whatever", "X-A", "i-klingon")
                .valid("I-KLINGON", "en-GB-oed", "zh-min-nan", "art-lojban", "qaa-Qaaa-QM-x-southern", "en-x-US")
                .valid("abcdefgh", "abcd", "de-1996", "english-US", "ar-aao-abc-abd", "de-DE-u-co-phonebk-x-a1234567")
                .invalid("format", "", "e", "abcdefghi", "en-", "-en", "en--US", "en_US", "en-US-", "x", "x-")
                .invalid("format", "x-abcdefghi", "en-a", "en-a-b", "en-x", "de-CH-1901-", "123", "en-US\n", "en US")
                .invalid("format", "i-foo", "en-\u00fc", "en-US-u", "zh-Hant-Hans", "de-419-DE", "ar-aao-abc-abd-abe")
                .invalid("format", "\nen", "en-GB-oed-x", "sgn-BE-DE", "en-US-x-abcdefghi")
                .notStrings();
    }

    static SampleSet timeZone() {
        return new SampleSet()
                .valid("Europe/Zurich", "UTC", "America/Argentina/Buenos_Aires", "Etc/GMT+5", "Asia/Kolkata", "GMT")
                .invalid("format", "europe/zurich", "Europe/Z\u00fcrich", "Mars/Olympus", "", "Z", "+01:00", "UTC+1")
                .invalid("format", "Europe/Zurich\n", " UTC", "Europe/Zurich ")
                .notStrings();
    }

    static SampleSet currency() {
        return new SampleSet()
                .valid("CHF", "EUR", "USD", "JPY", "XXX")
                .invalid("format", "chf", "ABC", "CH", "CHFF", "", "EUR\n", "\u20ac", " USD")
                .notStrings();
    }

    static SampleSet countryCode() {
        return new SampleSet()
                .valid("CH", "US", "DE", "JP", "GB")
                .invalid("format", "ch", "CHE", "XX", "UK", "EU", "", "C", "CH\n", "Ch")
                .notStrings();
    }
}
