package dossier.app.eval;

import dossier.model.Span;

import java.util.List;

/** One attribution as scored: its cue, source and content spans (character offsets; a part may have several). */
public record Attribution(List<Span> cue, List<Span> sources, List<Span> contents) {
    public Attribution {
        cue = List.copyOf(cue);
        sources = List.copyOf(sources);
        contents = List.copyOf(contents);
    }

    /** Direct when the content carries a quote mark (PolNeAR's direct and mixed); indirect otherwise. */
    public boolean isDirect(String text) {
        for (Span s : contents) {
            String c = s.of(text);
            if (c.contains("''") || c.contains("``")) return true;
            for (int i = 0; i < c.length(); i++) if ("\"“”«»„".indexOf(c.charAt(i)) >= 0) return true;
        }
        return false;
    }
}
