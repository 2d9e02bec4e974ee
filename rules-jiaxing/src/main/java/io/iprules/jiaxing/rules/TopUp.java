package io.iprules.jiaxing.rules;

/**
 * That a paid matter has had its difference topped up (variant {@code TOP_UP}), as a fact for the rules: one top-up
 * per matter.
 *
 * @param matter the matter
 */
public record TopUp(String matter) {
    /** For rule constraints. */
    public String getMatter() {
        return matter;
    }
}
