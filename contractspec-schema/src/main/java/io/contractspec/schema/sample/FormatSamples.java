package io.contractspec.schema.sample;

import static io.contractspec.schema.sample.SampleSet.repeat;

/** Samples of EmailAddress, URL, PhoneNumber and UUID. */
final class FormatSamples {

    private FormatSamples() {}

    static SampleSet emailAddress() {
        String local64 = repeat("a", 64);
        String label63 = repeat("b", 63);
        String longest = local64 + "@" + label63 + "." + label63 + "." + repeat("c", 58) + ".de";
        return new SampleSet()
                .valid("a@b.co", "first.last@example.com", "x+tag@sub.example.org", "UPPER@EXAMPLE.COM")
                .valid("!#$%&'*+-/=?^_`{|}~@example.com", "user@xn--bcher-kva.ch", "a@1.example.com", "a@a-b.c-d.io")
                .valid(local64 + "@example.com", "a@" + label63 + ".com", "a@example." + repeat("z", 63), longest)
                .invalid("format", "", "plain", "@example.com", "a@", "a@b", "a@localhost", ".a@example.com")
                .invalid("format", "a.@example.com", "a..b@example.com", "a@b@example.com", "a b@example.com")
                .invalid("format", "a@-example.com", "a@example-.com", "a@example..com", "a@example.com.", "a@.example.com")
                .invalid("format", "a@example.c", "a@example.c0m", "a@example.123", "\"q\"@example.com", "a@[127.0.0.1]")
                .invalid("format", "j\u00f6rg@example.com", "a@ex\u00e4mple.com", "a@example.com\n", "a@example.com ")
                .invalid("format", "(comment)a@example.com", "a@exa_mple.com", "a@example." + repeat("z", 64))
                .invalid("format", repeat("a", 65) + "@example.com", "a@" + repeat("b", 64) + ".com", longest + "e")
                .invalid("format", "a@example.com\r", "\na@example.com")
                .notStrings();
    }

    static SampleSet url() {
        return new SampleSet()
                .valid("http://example.com", "https://example.com/", "HTTPS://EXAMPLE.COM/Path?q=1#frag", "hTtP://a")
                .valid("http://localhost:8080/x", "http://user:pass@host/", "http://[::1]:80/", "http://[v1.x]")
                .valid("https://b\u00fccher.de/\u00e4", "http://example.com?q", "http://example.com#f", "http://host:/")
                .valid("http://@host", "http://example.com/{template}|^", "http://a/@b@c", "http://[a]:1?x", "http://a\u200bb")
                .invalid("format", "", "example.com", "ftp://example.com", "http:/example.com", "http://", "http:///path")
                .invalid("format", "http://:80", "http://user@", "http://user@/x", "http://a@b@c", "http://exa mple.com")
                .invalid("format", "http://example.com/a b", "http://example.com/\n", "http://example.com\n")
                .invalid("format", "http://example.com\u00a0", "http://example.com/\u2028", "http://example.com/\u0085")
                .invalid("format", "http://[::1", "http://[]/", "http://[::1]x", "http://a:b", "http://a:80:90")
                .invalid("format", "http://a]b", "http://[a[b]/", " http://example.com", "httpx://a", "https//a")
                .invalid("format", "mailto:a@b.co", "http://example.com\t", "http://\ufeffa", "http://a/\u0000")
                .notStrings();
    }

    static SampleSet phoneNumber() {
        return new SampleSet()
                .valid("+41446681800", "+12", "+123456789012345", "+999999999999999", "+10")
                .invalid("format", "41446681800", "+0123", "+1", "+1234567890123456", "+41 44 668 18 00", "+41-44")
                .invalid("format", "", "+", "++41", "+41446681800\n", "+\u0664\u0661\u0662\u0663", " +41", "+4144a")
                .notStrings();
    }

    static SampleSet uuid() {
        return new SampleSet()
                .valid("123e4567-e89b-12d3-a456-426614174000", "123E4567-E89B-12D3-A456-426614174000")
                .valid("00000000-0000-0000-0000-000000000000", "ffffffff-ffff-ffff-ffff-ffffffffffff")
                .invalid("format", "123e4567e89b12d3a456426614174000", "{123e4567-e89b-12d3-a456-426614174000}")
                .invalid("format", "123e4567-e89b-12d3-a456-42661417400", "123e4567-e89b-12d3-a456-4266141740000")
                .invalid("format", "g23e4567-e89b-12d3-a456-426614174000", "123e4567-e89b-12d3-a456-426614174000\n")
                .invalid("format", "123e4567_e89b-12d3-a456-426614174000", "123e4567-e89b-12d3-a456_426614174000", "")
                .notStrings();
    }
}
