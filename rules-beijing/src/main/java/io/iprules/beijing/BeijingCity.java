package io.iprules.beijing;

import io.iprules.kit.FigureSheet;
import java.util.Map;

/**
 * The city assessed against the 2015 targets of beijing-2012 §1(2) (the {@code city} of a request): its name and
 * its figures keyed by the {@code BJ_2015_…} codes; a doubling target takes {@code {"actual": …, "base2010": …}},
 * the cluster count a whole number. A figure left out is {@code UNKNOWN}.
 *
 * @param name    the city's name, e.g. 北京市
 * @param figures the figures by indicator code
 */
public record BeijingCity(String name, Map<String, Object> figures) {

    /** Keeps the figures in the order given, unmodifiable. */
    public BeijingCity {
        figures = FigureSheet.keep(figures);
    }
}
