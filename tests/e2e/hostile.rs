//! The hostile directory: records whose every text field carries markup, script, template
//! and bidi-control payloads. The setup helper installs it as the directory in use; the
//! `s5` scenario searches it in the real app and checks that every payload shows as the
//! literal text it is, and that none of it became an element, a link, a style or a script.
//!
//! Shared by the setup helper (which writes it as a template CSV and builds it with the
//! core) and by the test (which knows what to look for). No dependencies.

/// One service point. Every field is shown somewhere in the app.
pub struct Record {
    pub id: &'static str,
    pub name: &'static str,
    pub description: &'static str,
    pub organization: &'static str,
    pub address: &'static str,
    pub postal_code: &'static str,
    pub phone: &'static str,
    pub email: &'static str,
    pub website: &'static str,
    pub opening_hours: &'static str,
    pub what_to_bring: &'static str,
    pub source: &'static str,
    pub source_note: &'static str,
    /// Around Lisbon's gazetteer point (38.72509, -9.14980), a few hundred metres apart.
    pub lat: &'static str,
    pub lon: &'static str,
}

/// The directory's own title, publisher and description (shown on service pages and About).
pub const TITLE: &str = "<img src=x onerror=alert('title')> Hostile test directory";
pub const PUBLISHER: &str = "<script>alert('publisher')</script>";
pub const DESCRIPTION: &str = "\"><svg onload=alert('description')>";

/// Where the directory is searched from, and for what.
pub const PLACE_QUERY: &str = "Lisboa";
pub const NEED: &str = "health";

pub const RECORDS: &[Record] = &[
    Record {
        id: "e2e-hostile-img",
        name: "<img src=x onerror=alert(1)>",
        description: "<script>alert(2)</script><b>not bold</b> <i>not italic</i>",
        organization: "<iframe src=\"javascript:alert(3)\"></iframe>",
        address: "\"><svg onload=alert(4)>",
        postal_code: "<a href=x>",
        phone: "+351 210 000 001 (<img src=x onerror=alert(5)>)",
        email: "x@example.org\"><img src=x onerror=alert(6)>",
        website: "javascript:alert(7)",
        opening_hours: "Mo-Su 00:00-24:00 \"<img src=x onerror=alert(8)>\"",
        what_to_bring: "<svg><script>alert(9)</script></svg>",
        source: "https://example.org/\"><script>alert(10)</script> ; <img src=x onerror=alert(11)>",
        source_note: "<style>*{display:none!important}</style>",
        lat: "38.7260",
        lon: "-9.1498",
    },
    Record {
        id: "e2e-hostile-svg",
        name: "\"><svg onload=alert(12)>",
        description: "'><script src=https://example.org/x.js></script><object data=x></object><embed src=x>",
        organization: "<svg><a xlink:href=\"javascript:alert(13)\"><text>click</text></a></svg>",
        address: "<img src=x onerror=alert(14)>",
        postal_code: "1000-001",
        phone: "+351 210 000 002",
        email: "",
        website: "https://example.org/\" onmouseover=\"alert(15)",
        opening_hours: "Mo-Fr 09:00-17:00",
        what_to_bring: "",
        source: "https://example.org/hostile",
        source_note: "<body onload=alert(16)>",
        lat: "38.7270",
        lon: "-9.1498",
    },
    Record {
        id: "e2e-hostile-bidi",
        // Right-to-left override, embedding, isolates and marks in names and text: they
        // must stay inside the element that holds them (dir="auto" isolates it).
        name: "\u{202E}exe.evil\u{202C} Clinic \u{2067}\u{639}\u{64A}\u{627}\u{62F}\u{629}\u{2069} \u{202D}LRO\u{202C}",
        description: "\u{202B}embedded right-to-left\u{202C} \u{200F}mark \u{2066}isolate\u{2069} \u{202E}override without end",
        organization: "\u{202E}noitazinagro",
        address: "Rua \u{202E}32 tsaE\u{202C}",
        postal_code: "1000-002",
        phone: "+351 210 000 003 (\u{202E}etoN)",
        email: "",
        website: "",
        opening_hours: "Mo-Fr 09:00-17:00",
        what_to_bring: "\u{2068}first strong isolate without end",
        source: "https://example.org/\u{202E}lmth.xedni",
        source_note: "",
        lat: "38.7280",
        lon: "-9.1498",
    },
    Record {
        id: "e2e-hostile-template",
        // Template and format-string syntaxes of other stacks, Fluent's own syntax (text
        // from the directory is an argument, never parsed as FTL) and HTML entities.
        name: "{{7*7}} ${7*7} { $need } {-app-name} %s%n #{7*7}",
        description: "{{constructor.constructor('alert(17)')()}} &lt;b&gt;entities stay&lt;/b&gt; &amp;amp; &#60;img&#62;",
        organization: "{ $organization }",
        address: "<!-- comment --> ]]> <![CDATA[ x ]]>",
        postal_code: "1000-003",
        phone: "+351 210 000 004",
        email: "",
        website: "",
        opening_hours: "Mo-Fr 09:00-17:00",
        what_to_bring: "<template><img src=x onerror=alert(18)></template>",
        source: "https://example.org/template",
        source_note: "",
        lat: "38.7290",
        lon: "-9.1498",
    },
    Record {
        id: "e2e-hostile-navigate",
        // Markup that, if parsed, would leave the app or load from elsewhere.
        name: "<meta http-equiv=\"refresh\" content=\"0;url=https://example.org/\">",
        description: "<a href=\"https://example.org/\">a link</a> <form action=\"https://example.org/\"><button>Send</button></form> <base href=\"https://example.org/\">",
        organization: "<link rel=stylesheet href=https://example.org/x.css>",
        address: "<video src=https://example.org/v.mp4 autoplay></video>",
        postal_code: "1000-004",
        phone: "+351 210 000 005",
        email: "",
        website: "https://example.org/",
        opening_hours: "Mo-Fr 09:00-17:00",
        what_to_bring: "",
        source: "https://example.org/navigate",
        source_note: "<img src=https://example.org/pixel.gif>",
        lat: "38.7300",
        lon: "-9.1498",
    },
];
