/**
 * pilot-city-2017: 国家知识产权局办公室、工业和信息化部办公厅《关于开展中小企业知识产权战略推进工程试点城市申报工作的通知》
 * (国知办发管字〔2017〕30号). A provincial IP office checks a city's application ({@link io.iprules.pilotcity.CityApplicant},
 * request key {@code applicant}) or its whole set of recommendations ({@link
 * io.iprules.pilotcity.ProvinceRecommendation}, request key {@code recommendation}) before sending them to the national
 * office: every condition of §1 and §2(2), met or not, with its actual and required value, whom it is about and its
 * clause.
 */
package io.iprules.pilotcity;
