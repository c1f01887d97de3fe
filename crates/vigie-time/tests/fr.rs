//! French temporal expressions: text + publication date → (surface, TIMEX3 value).
//! The anchor 2017-11-13 is a Monday (ISO week 46).

mod common;

const A: Option<&str> = Some("2017-11-13");

time_cases! { "fr";
    // Absolute dates
    numeric_date: "Première publication : 13/11/2017", A => [("13/11/2017", "2017-11-13")];
    day_month_year_with_article: "Il est né le 3 mai 2020 à Lyon.", A => [("le 3 mai 2020", "2020-05-03")];
    first_of_month_nearest_year: "Les élections auront lieu le 1er janvier.", A => [("le 1er janvier", "2018-01-01")];
    weekday_fixes_the_year: "Le match du dimanche 29 août est reporté.", Some("1999-08-26") => [("dimanche 29 août", "1999-08-29")];
    month_and_year: "Le recensement d'avril 2001 est publié.", A => [("avril 2001", "2001-04")];
    month_last: "Il avait été arrêté en septembre dernier.", A => [("septembre dernier", "2017-09")];
    date_last: "Le 6 mai dernier, il a démissionné.", A => [("Le 6 mai dernier", "2017-05-06")];
    year_alone: "La ville a été détruite en 1943.", A => [("1943", "1943")];
    decade: "Dans les années 60, la ville comptait dix mille habitants.", A => [("les années 60", "196")];

    // Relative dates
    yesterday: "Le président est arrivé hier à Damas.", A => [("hier", "2017-11-12")];
    today: "Ce régime a aujourd'hui pu reprendre le contrôle.", A => [("aujourd'hui", "2017-11-13")];
    past_saturday: "Les combattants ont repris la ville samedi.", A => [("samedi", "2017-11-11")];
    past_wednesday: "Des combattants, qui disaient avoir repris la ville mercredi, ont été surpris.", A => [("mercredi", "2017-11-08")];
    next_monday: "Les négociations reprendront lundi prochain.", A => [("lundi prochain", "2017-11-20")];
    future_weekday_from_tense: "Le ministre se rendra jeudi à Bagdad.", A => [("jeudi", "2017-11-16")];
    last_wednesday: "Il a parlé mercredi dernier.", A => [("mercredi dernier", "2017-11-08")];
    days_ago: "L'attaque a eu lieu il y a trois jours.", A => [("il y a trois jours", "2017-11-10")];
    days_ago_in_words: "Il a disparu il y a vingt et un jours.", A => [("il y a vingt et un jours", "2017-10-23")];
    last_week: "La semaine dernière, le front a bougé.", A => [("La semaine dernière", "2017-W45")];
    mid_last_week: "Les forces qui l'avaient conquise en milieu de semaine dernière ont reculé.", A => [("en milieu de semaine dernière", "2017-W45")];
    this_weekend_past: "Les combattants ont repris ce week-end le contrôle de la ville.", A => [("ce week-end", "2017-W45-WE")];
    next_year: "Le scrutin est prévu l'an prochain.", A => [("l'an prochain", "2018")];
    last_month: "Le mois dernier, les prix ont baissé.", A => [("Le mois dernier", "2017-10")];
    this_year: "Cette année, la récolte est bonne.", A => [("Cette année", "2017")];
    next_day: "Il est arrivé le 3 mai 2017. Le lendemain, il est reparti.", A => [("le 3 mai 2017", "2017-05-03"), ("Le lendemain", "2017-05-04")];
    following_year_counts_from_the_year_named: "Les rebelles ont pris la ville en 2014. L'année suivante, l'armée l'a reprise.", A => [("2014", "2014"), ("L'année suivante", "2015")];
    previous_month_counts_from_the_month_named: "Le siège a été levé en mars 2016. Le mois précédent, les obus tombaient sur la ville.", A => [("mars 2016", "2016-03"), ("Le mois précédent", "2016-02")];

    // Parts of days and times
    night_from_to: "Dans la nuit de samedi à dimanche, des tirs ont été entendus.", A => [("la nuit de samedi à dimanche", "2017-11-11TNI")];
    weekday_evening: "Il a été tué mardi soir.", A => [("mardi soir", "2017-11-07TEV")];
    yesterday_morning: "Les frappes ont repris hier matin.", A => [("hier matin", "2017-11-12TMO")];
    yesterday_at_time: "Hier à 10 h, la sirène a retenti.", A => [("Hier à 10 h", "2017-11-12T10:00")];
    clock_time: "La réunion commence à 14 h 30.", A => [("14 h 30", "2017-11-13T14:30")];
    this_evening: "Il parlera ce soir.", A => [("ce soir", "2017-11-13TEV")];

    // Durations
    more_than_six_years: "La guerre qui déchire la Syrie depuis plus de six ans.", A => [("plus de six ans", "P6Y")];
    hours_in_words: "Le siège a duré vingt-quatre heures.", A => [("vingt-quatre heures", "PT24H")];
    half_century: "Un demi-siècle de guerre.", A => [("Un demi-siècle", "P50Y")];
    few_days: "Il restera quelques jours.", A => [("quelques jours", "PXD")];
    months_digits: "Il a été condamné à 8 mois de prison.", A => [("8 mois", "P8M")];
    age_is_not_a_duration: "Un chauffeur de bus de 38 ans a été agressé.", A => [];

    // Vague references
    recently: "Il a récemment quitté le pays.", A => [("récemment", "PAST_REF")];
    these_last_weeks: "L'EI a perdu ces dernières semaines toutes les villes.", A => [("ces dernières semaines", "PAST_REF")];
    now: "Les forces sont maintenant à deux kilomètres.", A => [("maintenant", "PRESENT_REF")];
    coming_days: "Une décision est attendue dans les prochains jours.", A => [("les prochains jours", "FUTURE_REF")];
    future: "Il s'inquiète pour l'avenir.", A => [("l'avenir", "FUTURE_REF")];

    // Sets
    every_day: "Des obus tombent chaque jour sur la ville.", A => [("chaque jour", "P1D")];
    every_thursday: "Le marché se tient chaque jeudi.", A => [("chaque jeudi", "XXXX-WXX-4")];

    // Without a publication date: undecidable, never invented
    no_anchor_weekday: "Les combattants ont repris la ville samedi.", None => [("samedi", "XXXX-XX-XX")];
    no_anchor_last_week: "La semaine dernière, le front a bougé.", None => [("La semaine dernière", "XXXX-WXX")];
    no_anchor_duration: "La guerre dure depuis six ans.", None => [("six ans", "P6Y")];
    no_anchor_absolute: "Il est né le 3 mai 2020.", None => [("le 3 mai 2020", "2020-05-03")];
    no_anchor_month: "Il est arrivé en mai.", None => [("mai", "XXXX-05")];
}

time_cases! { "fr";
    apposition_age: "Jean Burget, 87 ans, a été heurté par une voiture.", A => [];
    sentence_length_is_a_duration: "Ils ont écopé d'une peine de 2 ans de prison.", A => [("2 ans", "P2Y")];
    eighteen_months: "Le chantier durera dix-huit mois.", A => [("dix-huit mois", "P18M")];
    bare_weekday_takes_the_explicit_date: "Concert à Besançon mardi. En concert mardi 14 novembre au Kursaal.", A => [("mardi", "2017-11-14"), ("mardi 14 novembre", "2017-11-14")];
    years_pair: "Pour cette saison 2002/2003, le club se réunit.", A => [("2002", "2002"), ("2003", "2003")];
    evening_of_the_day_named: "Le 24 mars, la soirée a été calme.", A => [("Le 24 mars", "2017-03-24"), ("la soirée", "2017-03-24TEV")];
    past_is_not_a_cue_before_a_noun: "Elle avait passé la soirée chez un ami le 24 mars.", A => [("la soirée", "2017-11-13TEV"), ("le 24 mars", "2017-03-24")];
    last_night: "Des tirs ont été entendus la nuit dernière.", A => [("la nuit dernière", "2017-11-12TNI")];
    five_year_term: "Le quinquennat s'achève.", A => [("quinquennat", "P5Y")];
    christmas: "Il rentrera pour Noël.", A => [("Noël", "2017-12-25")];
}

time_cases! { "fr";
    these_last_months: "Les prix ont baissé ces derniers mois.", A => [("ces derniers mois", "PAST_REF")];
    newspaper_name_is_not_a_duration: "Selon 20 Minutes, le maire démissionne.", A => [];
    in_summer_any_summer: "Les touristes viennent en été.", A => [("été", "XXXX-SU")];
}

time_cases! { "fr";
    at_hours: "La réunion est prévue à 15 heures.", A => [("15 heures", "2017-11-13T15:00")];
    hours_of_the_morning: "L'explosion a eu lieu à 3 heures du matin.", A => [("3 heures du matin", "2017-11-13T03:00")];
    hours_are_a_duration: "Le siège a duré 15 heures.", A => [("15 heures", "PT15H")];
    start_of_month: "Les travaux ont commencé début octobre.", A => [("début octobre", "2017-10")];
    start_of_month_future: "Les travaux commenceront début octobre.", A => [("début octobre", "2018-10")];
    mid_month: "Il est arrivé mi-novembre.", A => [("mi-novembre", "2017-11")];
    end_of_month_year: "Le contrat court jusqu'à fin septembre 2000.", A => [("fin septembre 2000", "2000-09")];
    last_year_fr: "L'année dernière, la récolte a été mauvaise.", A => [("L'année dernière", "2016")];
    next_week_fr: "Le vote aura lieu la semaine prochaine.", A => [("la semaine prochaine", "2017-W47")];
    in_three_days: "Le verdict sera rendu dans trois jours.", A => [("trois jours", "2017-11-16")];
}

time_cases! { "fr";
    // Issue 5, point 1: months and years alone, in a sentence.
    month_alone: "Il est arrivé en mai.", A => [("mai", "2017-05")];
    month_alone_current: "Les combats ont repris en novembre.", A => [("novembre", "2017-11")];
    two_weeks_ago_fr: "La ville est tombée il y a deux semaines.", A => [("il y a deux semaines", "2017-10-30")];
}

// Issue 6 : la fête du Travail est le 1er mai.
time_cases! { "fr";
    fete_du_travail: "Les syndicats ont défilé pour la fête du Travail.", Some("2020-05-04") => [("fête du Travail", "2020-05-01")];
    fete_des_travailleurs: "Ils ont manifesté lors de la fête des travailleurs.", Some("2020-05-04") => [("fête des travailleurs", "2020-05-01")];
    premier_mai_hyphen: "Les cortèges du 1er-Mai ont rassemblé des milliers de personnes.", Some("2020-05-04") => [("1er-Mai", "2020-05-01")];
}
