package dossier;

import org.apache.commons.codec.digest.DigestUtils;

/** An article's id is a hash of its text, so the same article read twice is recognisably the same. */
public final class ArticleIds {
    private ArticleIds() {}

    public static String of(String text) {
        return DigestUtils.sha256Hex(text).substring(0, 16);
    }
}
