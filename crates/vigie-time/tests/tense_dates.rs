//! Dates without a year read with the verb that governs them (S96), and parts of the day.
//! The nearest occurrence stands unless the verb of the date's clause contradicts it: a past verb
//! ("had killed", "avait eu lieu", "was arrested") takes the last occurrence, a future one ("will
//! be held", "aura lieu") the next. Anchors near the ends of years.

mod common;

time_cases! { "en";
    en_pluperfect_relative_clause: "The attack, which had killed 12 on 23 March, was claimed by nobody.", Some("2020-12-10") => [("23 March", "2020-03-23")];
    en_passive_past_two_days_ahead: "X was arrested on 4 November.", Some("2020-11-02") => [("4 November", "2019-11-04")];
    en_future_nearest_already_future: "The election will be held on 23 March.", Some("2020-12-10") => [("23 March", "2021-03-23")];
    en_future_nearest_past: "The election will be held on 3 January.", Some("2021-01-05") => [("3 January", "2022-01-03")];
    en_past_across_year_end: "Rebels attacked the town on 28 December.", Some("2021-01-03") => [("28 December", "2020-12-28")];
    en_future_across_year_end: "Talks will resume on 5 January.", Some("2020-12-28") => [("5 January", "2021-01-05")];
    en_irregular_past_next_january: "The protest took place on 2 January.", Some("2020-12-28") => [("2 January", "2020-01-02")];
    en_reported_relative_past: "Police said the suspect, who was detained on 30 December, had fled.", Some("2021-01-04") => [("30 December", "2020-12-30")];
    en_scheduled_future: "The trial is scheduled to open on 15 January.", Some("2020-12-20") => [("15 January", "2021-01-15")];
    en_past_of_plan_stays_nearest: "The vote was scheduled for 10 January.", Some("2020-12-20") => [("10 January", "2021-01-10")];
    en_month_alone_past: "Fighting broke out in March.", Some("2020-12-10") => [("March", "2020-03")];
    en_month_alone_future: "Elections will take place in February.", Some("2021-03-10") => [("February", "2022-02")];
    en_month_alone_future_nearest: "Elections will take place in January.", Some("2020-12-10") => [("January", "2021-01")];
    en_would_reported_future: "He said the vote would be held on 23 March.", Some("2020-12-10") => [("23 March", "2021-03-23")];
    en_verb_after_date: "The attack on 23 March killed 12.", Some("2020-12-10") => [("23 March", "2020-03-23")];
    en_fronted_date: "On 23 March, gunmen killed 12 villagers.", Some("2020-12-10") => [("23 March", "2020-03-23")];
    en_future_passive: "The gunmen will be tried on 23 March.", Some("2020-05-10") => [("23 March", "2021-03-23")];
    en_future_not: "The gunmen will not be tried on 23 March.", Some("2020-05-10") => [("23 March", "2021-03-23")];
    en_past_participle_not_its_clause_future: "The bodies of those killed on 4 November will be buried today.", Some("2020-11-02") => [("4 November", "2019-11-04"), ("today", "2020-11-02")];
    en_set_for_past: "The rally, set for 15 December, was banned.", Some("2021-01-02") => [("15 December", "2020-12-15")];
    en_month_past_nearest: "The ceasefire agreed in October has held.", Some("2020-12-30") => [("October", "2020-10")];
    en_month_future_flip: "The summit will be held in November.", Some("2020-12-30") => [("November", "2021-11")];
    en_expected_future: "Results are expected on 4 January.", Some("2020-12-30") => [("4 January", "2021-01-04")];
    en_year_given: "He was arrested on 4 November 2019.", Some("2020-11-02") => [("4 November 2019", "2019-11-04")];
    // A date set off by commas looks for no verb after its clause: the nearest stands (a known limit).
    en_date_between_commas_keeps_nearest: "The attack, on 23 March, killed 12.", Some("2020-12-10") => [("23 March", "2021-03-23")];
    en_adjective_after_determiner: "The reduced dividend is payable Jan. 2.", Some("1989-11-02") => [("Jan. 2", "1990-01-02")];
    en_present_perfect_open: "Dunkin' has set Nov. 10 as the deadline.", Some("1989-11-02") => [("Nov. 10", "1989-11-10")];
    en_infinitive_open: "The offer had been set to expire Nov. 6.", Some("1989-11-02") => [("Nov. 6", "1989-11-06")];
    en_reporting_verb_is_not_the_dates: "Conseco said it is calling for the redemption on Dec. 7.", Some("1989-10-30") => [("Dec. 7", "1989-12-07")];
    en_one_comma_after_a_fronted_date: "But on April 8, investigators, wondering how he fled, could have searched.", Some("1999-05-05") => [("April 8", "1999-04-08")];
    en_modal_open: "The service decided the boy should go home by Jan. 14.", Some("2000-01-05") => [("Jan. 14", "2000-01-14")];
    en_hyphen_adjective: "He will report to a US-chaired meeting on 20 September.", Some("2018-09-04") => [("20 September", "2018-09-20")];
    en_through_stops: "The bill keeps the government funded through February 8.", Some("2018-12-19") => [("February 8", "2019-02-08")];
    en_overnight_is_not_the_day_named: "The fighters left overnight. After midnight, 85 buses left.", Some("2018-04-13") => [("overnight", "2018-04-13TNI"), ("midnight", "2018-04-13T00:00")];
    en_fronted_date_future: "On 3 January, the court will rule.", Some("2021-01-05") => [("3 January", "2022-01-03")];
    en_no_verb_nearest: "Clashes on 23 March.", Some("2020-12-10") => [("23 March", "2021-03-23")];
    en_to_be_open: "A rally to be staged on 2 January was banned.", Some("2020-12-28") => [("2 January", "2021-01-02")];
    en_same_day: "He was arrested on 2 November.", Some("2020-11-02") => [("2 November", "2020-11-02")];
    en_midday: "Shelling began at midday.", Some("2020-11-02") => [("midday", "2020-11-02T12:00")];
    en_midday_of_named_day: "On Saturday, shelling began at midday.", Some("2020-11-02") => [("Saturday", "2020-10-31"), ("midday", "2020-10-31T12:00")];
    en_overnight: "Overnight clashes killed 4.", Some("2020-11-02") => [("Overnight", "2020-11-02TNI")];
    en_overnight_before_named_day: "Shares fell on Friday after overnight losses.", Some("2020-11-02") => [("Friday", "2020-10-30"), ("overnight", "2020-10-29TNI")];
}

mod fr {
    use super::common;
    crate::time_cases! { "fr";
        fr_pluperfect: "Selon la police, l'attaque avait eu lieu le 23 mars.", Some("2020-12-10") => [("le 23 mars", "2020-03-23")];
        fr_passe_compose_passive: "Le suspect a été arrêté le 4 novembre.", Some("2020-11-02") => [("le 4 novembre", "2019-11-04")];
        fr_future_aura_lieu: "Le sommet aura lieu le 3 janvier.", Some("2021-01-05") => [("le 3 janvier", "2022-01-03")];
        fr_future_suffix: "Les élections se tiendront le 23 mars.", Some("2020-04-10") => [("le 23 mars", "2021-03-23")];
        // French narrates the past in the future: beyond a month back, a future verb keeps the nearest.
        fr_historic_future: "Les Kouachi réapparaîtront le 7 janvier dans les locaux du journal.", Some("2020-08-29") => [("le 7 janvier", "2020-01-07")];
        fr_historic_future_month: "Un troisième homme sera finalement arrêté en juillet en Autriche.", Some("2016-09-06") => [("juillet", "2016-07")];
        fr_present_erent_is_no_past: "Les démocrates espèrent prendre leur revanche le 3 novembre.", Some("2020-09-11") => [("le 3 novembre", "2020-11-03")];
        fr_prevue_open: "L'ouverture du dialogue prévue le 10 mars a été repoussée.", Some("2020-05-11") => [("le 10 mars", "2020-03-10")];
        fr_il_y_a_is_no_past: "S'il n'y a pas de juge, alors fin août il n'y a plus de parti.", Some("2018-07-09") => [("fin août", "2018-08")];
        fr_conditional_serait_open: "L'état d'urgence serait prolongé au-delà du 26 juillet.", Some("2016-07-15") => [("26 juillet", "2016-07-26")];
        fr_jusqu_stops: "Le couvre-feu a été prolongé jusqu'au 4 novembre.", Some("2020-11-02") => [("4 novembre", "2020-11-04")];
        fr_fronted_date: "Le 23 mars, des hommes armés ont tué douze villageois.", Some("2020-12-10") => [("Le 23 mars", "2020-03-23")];
        fr_passe_compose_next_january: "Les rebelles ont repris la ville le 2 janvier.", Some("2020-12-28") => [("le 2 janvier", "2020-01-02")];
        fr_future_across_year_end: "Le procès s'ouvrira le 15 janvier.", Some("2020-12-20") => [("le 15 janvier", "2021-01-15")];
        fr_prevu_future: "Le scrutin, prévu le 10 janvier, a été reporté.", Some("2020-12-20") => [("le 10 janvier", "2021-01-10")];
        fr_etait_prevu_open: "Le scrutin était prévu le 10 janvier.", Some("2021-02-20") => [("le 10 janvier", "2021-01-10")];
        fr_month_alone_past: "Les combats ont éclaté en mars.", Some("2020-12-10") => [("mars", "2020-03")];
        fr_month_alone_future: "Les négociations reprendront en février.", Some("2021-03-10") => [("février", "2022-02")];
        fr_devait_open: "L'élection devait avoir lieu le 23 mars.", Some("2021-01-10") => [("le 23 mars", "2021-03-23")];
        fr_conditional_open: "Il a déclaré que le vote se tiendrait le 23 mars.", Some("2020-12-10") => [("le 23 mars", "2021-03-23")];
        fr_a_accent_is_no_verb: "Le président se rendra à Bamako le 4 novembre.", Some("2020-11-10") => [("le 4 novembre", "2021-11-04")];
        fr_verb_after_date_future: "À partir du 4 novembre, le couvre-feu sera levé.", Some("2020-11-02") => [("4 novembre", "2020-11-04")];
        fr_pluperfect_relative_year_end: "Les manifestants qui avaient été arrêtés le 28 décembre ont été libérés.", Some("2021-01-03") => [("le 28 décembre", "2020-12-28")];
        fr_no_verb_nearest: "Manifestation le 23 mars.", Some("2020-12-10") => [("le 23 mars", "2021-03-23")];
        fr_mi_journee: "Les affrontements ont éclaté à la mi-journée.", Some("2020-11-02") => [("la mi-journée", "2020-11-02T12:00")];
        fr_mi_journee_of_named_day: "Hier, des heurts ont éclaté à la mi-journée.", Some("2020-11-02") => [("Hier", "2020-11-01"), ("la mi-journée", "2020-11-01T12:00")];
        fr_fin_de_matinee: "Samedi, la manifestation a commencé en fin de matinée.", Some("2020-11-02") => [("Samedi", "2020-10-31"), ("en fin de matinée", "2020-10-31TMO")];
        fr_night_of_weekdays: "Dans la nuit de samedi à dimanche, des tirs ont été entendus.", Some("2020-11-02") => [("la nuit de samedi à dimanche", "2020-10-31TNI")];
        fr_part_alone_of_anchor: "Des heurts ont éclaté dans la soirée.", Some("2020-11-02") => [("la soirée", "2020-11-02TEV")];
    }
}
