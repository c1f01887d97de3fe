//! English temporal expressions: text + publication date → (surface, TIMEX3 value).
//! The anchor 2017-11-13 is a Monday (ISO week 46).

mod common;

const A: Option<&str> = Some("2017-11-13");

time_cases! { "en";
    // Absolute dates
    numeric_date_mdy: "On 11/13/2017 the city fell.", A => [("11/13/2017", "2017-11-13")];
    month_day: "The talks began May 3.", A => [("May 3", "2017-05-03")];
    month_day_year: "The company was founded Sept. 30, 1989.", A => [("Sept. 30, 1989", "1989-09-30")];
    weekday_and_date: "The vote is set for Thursday, April 6, 2000.", A => [("Thursday, April 6, 2000", "2000-04-06")];
    ordinal_of_month: "It opened on the 5th of May 2016.", A => [("5th of May 2016", "2016-05-05")];
    modal_may_is_not_a_month: "She may leave in the future.", A => [("the future", "FUTURE_REF")];
    month_and_year: "Prices rose in March 2016.", A => [("March 2016", "2016-03")];
    year_alone: "The war ended in 1998.", A => [("1998", "1998")];
    decade: "Rates were high in the 1990s.", A => [("the 1990s", "199")];

    // Relative dates
    yesterday: "The minister resigned yesterday.", A => [("yesterday", "2017-11-12")];
    last_tuesday: "Rebels attacked the base last Tuesday.", A => [("last Tuesday", "2017-11-07")];
    past_saturday: "Rebels attacked the base on Saturday.", A => [("Saturday", "2017-11-11")];
    future_weekday: "The minister will visit on Thursday.", A => [("Thursday", "2017-11-16")];
    next_monday: "Talks resume next Monday.", A => [("next Monday", "2017-11-20")];
    weeks_ago: "The town fell two weeks ago.", A => [("two weeks ago", "2017-10-30")];
    months_ago: "He left three months ago.", A => [("three months ago", "2017-08")];
    last_week: "Fighting flared last week.", A => [("last week", "2017-W45")];
    this_weekend_past: "Rebels seized the town this weekend.", A => [("this weekend", "2017-W45-WE")];
    next_year: "Elections are due next year.", A => [("next year", "2018")];
    following_year_counts_from_the_year_named: "Rebels took the town in 2014. The following year, the army retook it.", A => [("2014", "2014"), ("The following year", "2015")];
    previous_month_counts_from_the_month_named: "The siege ended in March 2016. The previous month, shells fell on the city.", A => [("March 2016", "2016-03"), ("The previous month", "2016-02")];
    following_week_counts_from_the_day_named: "The ceasefire began on 3 May 2016. The following week, fighting resumed.", A => [("3 May 2016", "2016-05-03"), ("The following week", "2016-W19")];
    following_year_without_a_date_named_counts_from_the_article: "The following year, the army retook it.", A => [("The following year", "2018")];
    third_quarter: "Profit rose in the third quarter.", A => [("the third quarter", "2017-Q3")];

    // Parts of days and times
    weekday_evening: "Shells fell on Saturday evening.", A => [("Saturday evening", "2017-11-11TEV")];
    yesterday_morning: "Police arrived yesterday morning.", A => [("yesterday morning", "2017-11-12TMO")];
    clock_am: "The blast occurred at 10:35 a.m. near the market.", A => [("10:35 a.m.", "2017-11-13T10:35")];
    clock_pm: "The curfew starts at 10 p.m.", A => [("10 p.m.", "2017-11-13T22:00")];

    // Durations
    for_three_months: "The siege lasted for three months.", A => [("three months", "P3M")];
    past_two_months: "Prices fell over the past two months.", A => [("the past two months", "P2M")];
    more_than_six_years: "The war has raged for more than six years.", A => [("more than six years", "P6Y")];
    words_compound: "They waited twenty-five years.", A => [("twenty-five years", "P25Y")];
    half_hour: "The meeting took half an hour.", A => [("half an hour", "PT30M")];
    age_is_not_a_duration: "A 38-year-old man was arrested.", A => [];

    // Vague references
    now: "Troops are now two kilometres away.", A => [("now", "PRESENT_REF")];
    recently: "He recently left the country.", A => [("recently", "PAST_REF")];
    recent_weeks: "Dozens died in recent weeks.", A => [("recent weeks", "PAST_REF")];
    coming_days: "A decision is expected in the coming days.", A => [("the coming days", "FUTURE_REF")];

    // Sets
    every_thursday: "The market opens every Thursday.", A => [("every Thursday", "XXXX-WXX-4")];
    daily: "Shells fall daily.", A => [("daily", "P1D")];
    every_day: "They meet every day.", A => [("every day", "P1D")];

    // Without a publication date
    no_anchor_yesterday: "The minister resigned yesterday.", None => [("yesterday", "XXXX-XX-XX")];
    no_anchor_years_ago: "He left six years ago.", None => [("six years ago", "XXXX")];
}

time_cases! { "en";
    thanksgiving: "Stores close on Thanksgiving Day.", A => [("Thanksgiving Day", "2017-11-23")];
    christmas_with_year: "He was born on Christmas 1950.", A => [("Christmas 1950", "1950-12-25")];
    for_years: "The two sides have fought for years.", A => [("years", "PXY")];
    a_year_ago_after_a_quarter: "Profit rose in the third quarter from $5 million a year ago.", A => [("the third quarter", "2017-Q3"), ("a year ago", "2016-Q3")];
    month_this_year: "Talks began in February this year.", A => [("February this year", "2017-02")];
    month_last_year: "Prices peaked in June last year.", A => [("June last year", "2016-06")];
    last_night: "Shells fell last night.", A => [("last night", "2017-11-12TNI")];
    previous_weekday: "He had arrived the previous Friday.", A => [("the previous Friday", "2017-11-10")];
    hyphenated_adjective_keeps_the_out: "He got the 23-year sentence.", A => [("23-year", "P23Y")];
    past_month_is_preferred: "The Oct. 23 slaying shocked the town.", Some("1999-05-06") => [("Oct. 23", "1998-10-23")];
}

time_cases! { "en";
    person_named_may: "Prime Minister Theresa May said the deal was done.", A => [];
    fall_of_a_city: "After the fall of Mosul, fighters fled.", A => [];
    the_summer_nearest: "Troops withdrew during the summer.", A => [("the summer", "2017-SU")];
    article_before_plural: "It ended a decades-long war.", A => [];
    rate_not_duration: "Flights leave four times a week.", A => [];
}

time_cases! { "en";
    four_in_the_morning: "The father will leave at 4 in the morning.", A => [("4 in the morning", "2017-11-13T04:00")];
    mid_month_en: "Results are due mid-November.", A => [("mid-November", "2017-11")];
    early_next_year: "Elections are expected early next year.", A => [("early next year", "2018")];
}

time_cases! { "en";
    thousands_separator: "The dispute has lasted more than 2,000 years.", A => [("more than 2,000 years", "P2000Y")];
    decimal_is_not_a_count: "Growth was 1.5 percent in two years.", A => [("two years", "P2Y")];
}

time_cases! { "en";
    // A past word right before a future one reads as future: the plan is past, its day is not.
    past_auxiliary_before_a_future_word: "Protesters announced a rally on Saturday and were planning to march.", A => [("Saturday", "2017-11-18")];
    // A quarter that has not begun at the anchor is last year's; one begun is this year's.
    quarter_not_begun_is_last_years: "Profit fell in the fourth quarter.", Some("1998-01-26") => [("the fourth quarter", "1997-Q4")];
    quarter_begun_is_this_years: "Profit fell in the first quarter.", Some("1998-01-26") => [("the first quarter", "1998-Q1")];
    // Issue 5: months alone take the nearest occurrence.
    month_alone: "The plant closed in March.", A => [("March", "2017-03")];
    numbers_in_words_ago: "The town fell twenty-one days ago.", A => [("twenty-one days ago", "2017-10-23")];
}

// Issue 6: Labour Day is 1 May in most of the world: without a country, every spelling takes 1 May
// (the United States' and Canada's Labor Day in September: see the cases with a country below).
time_cases! { "en";
    labour_day: "Workers marched on Labour Day.", Some("2020-05-04") => [("Labour Day", "2020-05-01")];
    labor_day_us_spelling: "Unions rallied on Labor Day.", Some("2020-05-04") => [("Labor Day", "2020-05-01")];
    may_day: "Thousands took to the streets on May Day.", Some("2020-05-04") => [("May Day", "2020-05-01")];
    workers_day: "Nurses drove through the city for International Workers' Day.", Some("2020-05-04") => [("International Workers' Day", "2020-05-01")];
    labour_day_with_year: "The strike began on Labour Day 2019.", Some("2020-05-04") => [("Labour Day 2019", "2019-05-01")];
}

// Issues 5/6: a holiday's date by country (words.tsv's 4th column): the country its sentence names.
time_cases! { "en";
    labor_day_in_the_us: "It was Saturday 31 August 2013 - Labor Day weekend in the US - when he spoke.", Some("2018-02-10") => [("Saturday 31 August 2013", "2013-08-31"), ("Labor Day", "2017-09-04")];
    us_labor_day_with_year: "US Labor Day 2019 drew large crowds.", Some("2020-05-04") => [("Labor Day 2019", "2019-09-02")];
    canadas_labour_day: "Canada's unions marched on Labour Day 2019.", Some("2020-05-04") => [("Labour Day 2019", "2019-09-02")];
    american_spelling_in_chile: "Workers marched in Chile on Labor Day 2019.", Some("2020-05-04") => [("Labor Day 2019", "2019-05-01")];
    pronoun_us_is_not_a_country: "Labor Day 2019 meant a lot to us.", Some("2020-05-04") => [("Labor Day 2019", "2019-05-01")];
}
