package dossier.app.web;

import org.apache.commons.text.StringEscapeUtils;

/** Every piece of text that reaches a page goes through here: article text is hostile input. */
final class Html {
    private Html() {}

    static String esc(String s) {
        return s == null ? "" : StringEscapeUtils.escapeHtml4(s).replace("'", "&#39;");
    }

    /** A page with dossier's style and script; {@code body} is already escaped markup. */
    static String page(String title, String body) {
        return """
                <!doctype html><html lang="en"><head><meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>%s · dossier</title><link rel="stylesheet" href="/static/dossier.css"></head>
                <body><header><a class="brand" href="/">dossier</a>
                <form action="/" method="get"><input name="q" placeholder="a name, any spelling, or words" aria-label="search"><button>Search</button></form>
                </header><main>%s</main><script src="/static/dossier.js"></script></body></html>
                """.formatted(esc(title), body);
    }
}
