package io.iprules.jiaxing;

import io.iprules.kit.FigureSheet;
import java.util.Map;

/**
 * The city assessed against the 2013 targets of jiaxing-2012 §1(2) (the {@code city} of a request, instead of an
 * {@code applicant} enterprise): its name and its 2013 figures, keyed by the {@code JX_2013_…} indicator codes.
 *
 * <p>Every figure is a whole count ({@code 13250}). A figure left out (or {@code null}) is not supplied: its
 * indicator is {@code UNKNOWN}, never met or failed. Invention applications and grants are part of all patent
 * applications and grants (其中), so they cannot exceed them.
 *
 * @param name    the city's name, e.g. 嘉兴市
 * @param figures the 2013 figures by indicator code; required, possibly empty
 */
public record JiaxingCity(String name, Map<String, Object> figures) {

    /** Keeps the figures in the order given, unmodifiable ({@code null} values stay: they mean "not supplied"). */
    public JiaxingCity {
        figures = FigureSheet.keep(figures);
    }

    /** A builder, for Java callers. */
    public static Builder builder(String name) {
        return new Builder(name);
    }

    /** Builds a {@link JiaxingCity} figure by figure, e.g. {@code figure("JX_2013_PATENT_APPLICATIONS", 13250)}. */
    public static final class Builder extends FigureSheet.Builder<Builder> {
        private final String name;

        private Builder(String name) {
            this.name = name;
        }

        /** The city. */
        public JiaxingCity build() {
            return new JiaxingCity(name, figures());
        }
    }
}
