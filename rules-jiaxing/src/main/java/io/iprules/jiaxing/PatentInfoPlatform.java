package io.iprules.jiaxing;

import java.time.LocalDate;

/**
 * A public-interest patent-information service platform open to the whole city (向全市开放的公益性专利信息服务平台)
 * that the applicant built (§6(5)3).
 *
 * @param name   the platform's name; one matter per platform
 * @param opened the date it opened to the city (the fact that grounds the subsidy)
 */
public record PatentInfoPlatform(String name, LocalDate opened) {
}
