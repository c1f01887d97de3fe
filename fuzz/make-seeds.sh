#!/usr/bin/env bash
# Writes the seed inputs of the targets time_text, metadata_lines, event_numbers and api_query
# into corpus/<target>/seed-* (small text files, kept in git; rerun after changing this script).
# Each seed starts with the target's selector byte(s), see the target's source.
set -euo pipefail
cd "$(dirname "$0")"

# seed TARGET NAME HEAD TEXT: HEAD is written with printf's escapes (the selector bytes).
seed() {
    mkdir -p "corpus/$1"
    { printf "$3"; printf '%s' "$4"; } >"corpus/$1/seed-$2"
}

# time_text: 5 bytes (language; anchor kind, year low, year high, month/day), then the text.
n=0
for text in \
    "Le 13 novembre 2017, les combattants ont repris la ville ce week-end." \
    "Mardi dernier, vers 14h30, puis trois jours plus tard, et chaque lundi depuis deux ans." \
    "du 1er au 15 mars 2020, au printemps, il y a dix ans, l'an prochain, au XXe siècle" \
    "On Tuesday night, two weeks ago, and in the first quarter of 2019, every Monday." \
    "between 3 and 5 p.m. on 12/31/1999, the next decade, last year, tomorrow morning" \
    "in 9999, 31 December 9999, the following week, 200 years later, yesterday at noon"; do
    for head in '\001\001\000\000\000' '\002\003\017\047\013' '\000\003\377\377\377' '\002\002\361\330\000' '\004\000\000\000\000'; do
        seed time_text "$n" "$head" "$text"
        n=$((n + 1))
    done
done

# metadata_lines: 1 byte (declared language), then an article's first lines.
n=0
for text in \
    $'BAGHDAD, 12 mars (Reuters) - Trois personnes ont été tuées.\nSuite du texte.' \
    $'Publié le 13/11/2017 à 10h05\nBoukamal (AFP) — Les forces du régime ont repris la ville.\n\n© AFP 2017' \
    $'Mis à jour le lundi 13 novembre 2017\n\nPARIS, 13 nov 2017 (AFP) -\nTexte.' \
    $'Nov. 13, 2017 4:05 PM ET\nABU KAMAL, Syria (AP) — Syrian troops retook the town.\nBy John Smith' \
    $'Title of the article\n\nKABUL/ISLAMABAD, Dec 1 (Reuters) - A blast killed 12.\n\nReporting by X; Editing by Y' \
    $'2017-11-13T10:05:00Z\nMOSUL, Iraq (AP) -- Text.\n\n(Agencies)'; do
    for head in '\001' '\002' '\000' '\003'; do
        seed metadata_lines "$n" "$head" "$text"
        n=$((n + 1))
    done
done

# event_numbers: 1 byte (language, publication date), then sentences with a toll.
n=0
for text in \
    "Au moins 26 civils, dont neuf enfants, ont été tués samedi." \
    "Quatre-vingt-dix-neuf personnes ont été tuées et deux cent mille déplacées." \
    "Des dizaines de morts, 1 000 blessés, 1 000 000 000 de déplacés ; 12 345 678 tués." \
    "At least three hundred and twelve people were killed, including 40 children." \
    "A man was found dead. Dozens were killed on 8 May 2020; fatalities coded as 0." \
    "Two policemen were beaten to death by four men; 999999999 999 999 died in 2019." \
    "thousand thousand thousand thousand million billion killed; vingt et un mille milliards de morts"; do
    for head in '\001' '\002' '\005' '\006' '\000'; do
        seed event_numbers "$n" "$head" "$text"
        n=$((n + 1))
    done
done

# api_query: 1 byte (0 /events?, 1 /timeline?, 2 /events/{id}, 3 /articles/{id}), then the query or id.
n=0
for q in \
    "type=Armed+clash&country=SY&from=2017-11-01&to=2017-11-30&limit=5&offset=1" \
    "bbox=40.0,34.0,41.5,35.0&actor=islamic&text=combats" \
    "bucket=week&from=2017-11-13" \
    "text=' OR 1=1 --&actor=%22; DROP TABLE events; --" \
    "limit=99999999999999999999&offset=-1&bbox=NaN,1,2,3" \
    "from=2017-13-45&to=1&type=&type=" \
    "text=%FF%FE&actor=%&admin1=%zz"; do
    for head in '\000' '\001'; do
        seed api_query "$n" "$head" "$q"
        n=$((n + 1))
    done
done
for id in 1 2 0 -1 9223372036854775808 abc "1%00" "../../etc/passwd"; do
    for head in '\002' '\003'; do
        seed api_query "$n" "$head" "$id"
        n=$((n + 1))
    done
done
echo "seeds written"
