package io.iprules.northeast;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The figures of a request, by kind of IP ({@code "figures": { "PATENT": …, "TRADEMARK": …, "COPYRIGHT": … }}). A
 * kind left out (or {@code null}) is not supplied: its two indicators are {@code UNKNOWN}. Any other key is refused
 * as an unknown field (等 closes the list: only the three named kinds).
 *
 * @param patent    专利
 * @param trademark 商标
 * @param copyright 版权
 */
public record NortheastFigures(@JsonProperty("PATENT") KindFigures patent,
                               @JsonProperty("TRADEMARK") KindFigures trademark,
                               @JsonProperty("COPYRIGHT") KindFigures copyright) {

    /** The figures of {@code kind}, or {@code null} when not supplied. */
    public KindFigures of(IpKind kind) {
        return switch (kind) {
            case PATENT -> patent;
            case TRADEMARK -> trademark;
            case COPYRIGHT -> copyright;
        };
    }
}
