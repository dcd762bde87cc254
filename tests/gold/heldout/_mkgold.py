import json
def q(s): return 'null' if s is None else json.dumps(s, ensure_ascii=False)

W='trump-kim-sign-statement-singapore'
A='how-the-singapore-summit-was-rescued'
R='seoul-greets-singapore-deal'
L='singapore-summit-live'

header = '''# Hand-made gold timeline for the four held-out articles (Trump–Kim summit in
# Singapore, 12 June 2018, and its run-up). Written from the article text only,
# without reading or running the extractor. Same conventions as
# tests/gold/seeds/gold.yaml:
#
# - `published`: the publication date the text itself shows, else null.
# - `furniture`: exact substrings (normally full lines) of the article file that
#   are page furniture rather than article text. Headlines, standfirsts,
#   datelines ("SINGAPORE, June 12 (Pacific Wire) –", "SEOUL —"), in-article
#   subheadings ("DOUBTS UNTIL THE END", "**How we got here**", "**Key points**")
#   and live-blog time stamps ("**9:04am**", "**Update**") are article text.
#   YAML front matter is metadata and is not listed as furniture.
# - `mentions[].quote`: exact substring of one sentence of the article.
# - `mentions[].dateText`: the words in/around the sentence that give the date,
#   null when the sentence has no date of its own. Times of day ("9:04am",
#   "shortly after 9 a.m.", "in the afternoon") count as date words: they
#   resolve to the reference day.
# - Ranges use start/end; `status` is as of the latest source; a planned event
#   that later happened on the same date is one event.
# - A sentence that reports two different occurrences gives two mentions with
#   two non-overlapping quotes (two sentences in this set, both in
#   seoul-greets-singapore-deal).
# - Dates are quoted strings "YYYY-MM-DD" | "YYYY-MM" | "YYYY".
# - Events sorted by start (string order), then id.
'''

articles = [
 (W, '"2018-06-12"', 'front matter "date: 2018-06-12" + dateline "SINGAPORE, June 12 (Pacific Wire)"; the summit it reports happened "on Tuesday" (2018-06-12)', None,
  ["Advertisement",
   "(Reporting by Pacific Wire staff in Singapore, Seoul and Washington; Editing by J. Tan)",
   "Our Standards: The Pacific Wire Editorial Principles."]),
 (A, '"2018-06-02"', 'front matter "date: 2018-06-02" (also in the URL path); consistent with "On Friday" = 2018-06-01 for the White House visit and the G7 summit "next week"', None,
  ["Share this article",
   "*Related: [Who is Kim Yong Chol?](https://foreigndesk.example.com/2018/05/31/who-is-kim-yong-chol/)*"]),
 (R, 'null', 'no date anywhere in the text (no date in front matter or URL); "Yesterday\'s summit in Singapore" (2018-06-12), Moon\'s statement "on Tuesday evening" and voting "today" in the local elections point to 2018-06-13, but the text does not state it',
  ['# No date in the text. "Yesterday\'s summit" = the summit of 2018-06-12 (dated',
   '# by the other articles) and "on Tuesday evening" imply 2018-06-13; its',
   '# joint-statement paragraph is a near-duplicate of the wire report of',
   '# 2018-06-12. Relative dates below are resolved against 2018-06-13.'],
  ["![President Moon Jae-in speaks at Cheong Wa Dae. (File photo, 2017)](https://busancoast.example.kr/news/photo/201705/48213_1.jpg)",
   "Advertisement",
   "Read more: [Moon, Kim agree on 'complete denuclearization' at Panmunjom](https://busancoast.example.kr/news/articleView.html?idxno=47102)",
   "Copyright © Busan Coast Daily. All rights reserved. Unauthorized reproduction and redistribution prohibited."]),
 (L, '"2018-06-12"', 'byline line "By the Live Desk team | Tue Jun 12 2018"; consistent with Kim arriving "on Sunday afternoon" (2018-06-10) and "last Thursday" (2018-06-07)', None,
  ["Share this article",
   "# template byline with time stamp (also the publication evidence)",
   "By the Live Desk team | Tue Jun 12 2018",
   "Advertisement",
   "# recirculation thumbnail from a later year (2019); not an event of this story",
   "![Trump and Kim at the DMZ, June 30, 2019 (file photo)](https://live.example.net/media/2019/06/30/trump-kim-dmz-crop.jpg)",
   "Read more: [Singapore summit: full text of the joint statement](https://live.example.net/world/asia/2018/06/12/joint-statement-full-text)",
   "# reader comments and questions (the 1994 Agreed Framework and a White House visit \"next year\" are not events of the articles)",
   "**Comments (3)**",
   "**seoul_watcher** – Will Kim actually come to the White House next year? I'll believe it when I see it.",
   "**JT_88** – The Agreed Framework was signed with great fanfare in 1994 too.",
   "**marina_b** – Great live coverage, thanks!",
   "**Questions from readers**",
   "- Why Singapore and not Panmunjom?",
   "- Who is paying for the hotel rooms?"]),
]

E = []
def ev(comment, id, start, end, prec, status, actors, places, mentions):
    E.append((comment, id, start, end, prec, status, actors, places, mentions))

ev(['The war itself: "1950–53" (wire) and "the fighting in the 1950s" (Busan).'],
   'korean-war', '1950', '1953', 'year', 'happened', [], ['korean-peninsula'], [
   (W, "the 1950–53 Korean War ended in a truce, not a peace treaty", "1950–53"),
   (R, "from whom they were separated by the fighting in the 1950s", "in the 1950s"),
])
ev(['Jo Myong Rok received by Clinton: "October 2000" (analysis), "in 2000" (live).'],
   'jo-myong-rok-meets-clinton', '2000-10', '2000-10', 'month', 'happened', ['jo-myong-rok', 'bill-clinton'], ['white-house'], [
   (A, "No senior North Korean official had been received there since Vice Marshal Jo Myong Rok met Bill Clinton in October 2000.", "in October 2000"),
   (L, "was Vice Marshal Jo Myong Rok, who met Bill Clinton in 2000", "in 2000"),
])
ev(['"Last August" in the live page of 2018-06-12 => 2017-08; "Less than a year ago"',
    '(analysis, 2018-06-02) is consistent.'],
   'trump-fire-and-fury-threat', '2017-08', '2017-08', 'month', 'happened', ['donald-trump'], [], [
   (A, "Less than a year ago, Trump was threatening North Korea with \"fire and fury like the world has never seen.\"", "Less than a year ago"),
   (L, "Last August, Trump warned that North Korean threats would be met with \"fire and fury\".", "Last August"),
])
ev(['Day from the live page ("on March 8"); "in March" (analysis) and "earlier this',
    'year" (Busan) are less precise mentions. The announcement by Chung and the',
    'acceptance are treated as one occurrence.'],
   'trump-accepts-kim-invitation', '2018-03-08', '2018-03-08', 'day', 'happened', ['donald-trump', 'chung-eui-yong'], ['white-house'], [
   (A, "His decision in March to accept, on the spot, an invitation to meet Kim, relayed by South Korean envoys, stunned even his own advisers.", "in March"),
   (R, "It was Seoul that carried Kim's invitation to Washington earlier this year, when Trump agreed on the spot to meet the North Korean leader.", "earlier this year"),
   (L, "It was South Korea's national security adviser, Chung Eui-yong, who announced outside the White House on March 8 that Trump had accepted an invitation to meet Kim.", "on March 8"),
])
ev([], 'inter-korean-summit-panmunjom', '2018-04-27', '2018-04-27', 'day', 'happened', ['moon-jae-in', 'kim-jong-un'], ['panmunjom'], [
   (W, "Kim first met South Korean President Moon Jae-in at Panmunjom on April 27, when the two Korean leaders pledged to work for a nuclear-free peninsula.", "on April 27"),
   (R, "Moon first met Kim at the truce village of Panmunjom on April 27.", "on April 27"),
])
ev(['"Last month" (analysis, 2018-06-02) and "in May" (live): month only.'],
   'pompeo-brings-detainees-home', '2018-05', '2018-05', 'month', 'happened', ['mike-pompeo'], ['pyongyang'], [
   (A, "Last month, Secretary of State Mike Pompeo flew home from Pyongyang with three Americans who had been detained in the North.", "Last month"),
   (L, "Pompeo brought three detained Americans home from Pyongyang in May.", "in May"),
])
ev(['"on May 16" (Busan); "in mid-May" (analysis). Actor is the North Korean',
    'government, named only by metonymy ("Pyongyang"): no actor id.'],
   'north-korea-cancels-talks-with-seoul', '2018-05-16', '2018-05-16', 'day', 'happened', [], [], [
   (A, "The first sign of trouble came in mid-May, when Pyongyang abruptly called off high-level talks with Seoul, citing joint U.S.–South Korean air drills.", "in mid-May"),
   (R, "Relations soured briefly after Pyongyang abruptly cancelled high-level talks with Seoul on May 16.", "on May 16"),
])
ev([], 'choe-son-hui-statement-on-pence', '2018-05-24', '2018-05-24', 'day', 'happened', ['choe-son-hui', 'mike-pence'], [], [
   (A, "Then, on May 24, Vice Foreign Minister Choe Son Hui called Vice President Mike Pence a \"political dummy\"", "on May 24"),
])
ev(['Same day as the letter ("The same day"), a different occurrence.'],
   'punggye-ri-test-site-demolished', '2018-05-24', '2018-05-24', 'day', 'happened', [], ['punggye-ri'], [
   (A, "The same day, North Korea blew up tunnels at its Punggye-ri nuclear test site in front of a small group of invited foreign journalists.", "The same day"),
])
ev(['The cancellation letter. Busan: "two days after" the May 26 meeting => May 24;',
    'live page (2018-06-12): "last month".'],
   'trump-cancels-summit', '2018-05-24', '2018-05-24', 'day', 'happened', ['donald-trump', 'kim-jong-un'], [], [
   (W, "The summit had looked doomed less than three weeks ago, when Trump called it off on May 24 in a letter to Kim", "on May 24"),
   (A, "On May 24, Donald Trump called off his summit with Kim Jong Un in a letter that mixed regret with menace.", "On May 24"),
   (A, "Hours later, the White House released Trump's letter.", "Hours later"),
   (A, "Citing the \"tremendous anger and open hostility\" of the North's most recent statement, he wrote that it would be \"inappropriate, at this time\" to hold the meeting.", None),
   (A, "\"You talk about your nuclear capabilities, but ours are so massive and powerful that I pray to God they will never have to be used,\" he added.", None),
   (R, "two days after Mr. Trump had called off the Singapore summit", "two days after"),
   (L, "Trump called the summit off last month in a sharply worded letter.", "last month"),
])
ev(['"The following day" after May 24.'],
   'kim-kye-gwan-conciliatory-statement', '2018-05-25', '2018-05-25', 'day', 'happened', ['kim-kye-gwan'], [], [
   (A, "The following day, First Vice Foreign Minister Kim Kye Gwan issued an unusually conciliatory statement, saying the North remained willing to sit down with the United States \"at any time, in any form.\"", "The following day"),
])
ev(['"Last Saturday" in the analysis of Saturday 2018-06-02 => seven days earlier,',
    '2018-05-26 (confirmed by "on May 26" in Busan); "in late May" (live).'],
   'moon-kim-second-meeting-panmunjom', '2018-05-26', '2018-05-26', 'day', 'happened', ['moon-jae-in', 'kim-jong-un'], ['panmunjom'], [
   (A, "Last Saturday, South Korean President Moon Jae-in crossed to the northern side of Panmunjom for a two-hour meeting with Kim, their second in a month.", "Last Saturday"),
   (R, "The two leaders held a second, unannounced meeting at Panmunjom on May 26", "on May 26"),
   (L, "Moon Jae In helped keep it alive, meeting Kim again at Panmunjom in late May.", "in late May"),
])
ev(['"On Sunday" in the analysis of 2018-06-02, after "Last Saturday" => 2018-05-27.'],
   'sung-kim-working-level-talks-panmunjom', '2018-05-27', '2018-05-27', 'day', 'happened', ['sung-kim', 'choe-son-hui'], ['panmunjom'], [
   (A, "On Sunday, a U.S. team led by Sung Kim, a veteran diplomat who is now ambassador to the Philippines, began working-level talks with Choe Son Hui in the same border village.", "On Sunday"),
])
ev(['Kim Yong-chol in New York: "May 30–31" (wire). Analysis: "Three days later"',
    '(after Sunday May 27) he landed, dinner "that evening" (May 30), formal talks',
    '"on Thursday" (May 31). One visit, one event.'],
   'kim-yong-chol-pompeo-talks-new-york', '2018-05-30', '2018-05-31', 'day', 'happened', ['kim-yong-chol', 'mike-pompeo'], ['new-york', 'manhattan'], [
   (W, "It was put back on track after Secretary of State Mike Pompeo held talks in New York on May 30–31 with Kim Yong-chol", "on May 30–31"),
   (A, "Three days later, Kim Yong Chol, a vice chairman of the ruling Workers' Party and the North's former spy chief, landed in New York.", "Three days later"),
   (A, "He dined with Pompeo that evening in Manhattan.", "that evening"),
   (A, "Formal talks between the two men followed on Thursday.", "on Thursday"),
])
ev(['Kim Yong-chol at the White House with Kim\'s letter; Trump then declared the',
    'summit back on (same occurrence).'],
   'kim-yong-chol-white-house-visit', '2018-06-01', '2018-06-01', 'day', 'happened', ['kim-yong-chol', 'donald-trump'], ['white-house'], [
   (W, "Kim Yong-chol then delivered a letter from Kim to Trump at the White House on June 1, after which the president said the meeting would go ahead as planned.", "on June 1"),
   (A, "On Friday, he spent more than an hour in the Oval Office with a senior North Korean envoy and then announced that the summit was back on.", "On Friday"),
   (A, "On Friday he was received at the White House, bearing a letter from Kim in an outsized envelope.", "On Friday"),
   (A, "Afterwards, Trump told reporters on the South Lawn that the summit would be \"a process\"", "Afterwards"),
   (L, "Kim Yong Chol, remember, is the former spy chief who carried Kim's letter to the Oval Office on June 1.", "on June 1"),
])
ev(['"last Thursday" in the live page of Tuesday 2018-06-12 => 2018-06-07.'],
   'trump-abe-white-house-meeting', '2018-06-07', '2018-06-07', 'day', 'happened', ['donald-trump', 'shinzo-abe'], ['white-house'], [
   (L, "Trump met Japanese Prime Minister Shinzo Abe at the White House last Thursday and promised to raise the abduction of Japanese citizens by North Korea.", "last Thursday"),
])
ev(['"June 8–9" (live, happened; Trump left it early); "next week" (analysis of',
    '2018-06-02, planned).'],
   'g7-summit-charlevoix', '2018-06-08', '2018-06-09', 'day', 'happened', ['group-of-seven', 'donald-trump'], ['charlevoix'], [
   (A, "Before Singapore, Trump will fly to Canada next week for the Group of Seven summit", "next week"),
   (L, "He then left the June 8–9 Group of Seven summit in Charlevoix, Quebec, before it ended.", "June 8–9"),
])
ev(['"on Sunday" in articles of Tuesday 2018-06-12 => 2018-06-10. Kim\'s and Trump\'s',
    'arrivals are two occurrences on the same day.'],
   'kim-arrives-in-singapore', '2018-06-10', '2018-06-10', 'day', 'happened', ['kim-jong-un', 'air-china'], ['singapore'], [
   (W, "Kim arrived in Singapore on Sunday aboard an Air China Boeing 747.", "on Sunday"),
   (L, "Kim flew in on Sunday afternoon on an Air China jet.", "on Sunday afternoon"),
])
ev([], 'trump-arrives-in-singapore', '2018-06-10', '2018-06-10', 'day', 'happened', ['donald-trump'], ['singapore', 'paya-lebar-air-base'], [
   (W, "Trump landed later the same day at Paya Lebar Air Base.", "later the same day"),
   (L, "Trump touched down at Paya Lebar Air Base on Sunday evening.", "on Sunday evening"),
])
ev([], 'trump-lee-hsien-loong-lunch', '2018-06-11', '2018-06-11', 'day', 'happened', ['donald-trump', 'lee-hsien-loong'], ['singapore', 'istana'], [
   (L, "On Monday, Trump had a working lunch with Singapore's Prime Minister Lee Hsien Loong at the Istana.", "On Monday"),
])
ev(['The summit itself: handshake, one-on-one, expanded talks, lunch, walk and the',
    'signing of the joint statement (one occurrence). Planned as of 2018-06-02',
    '(analysis), happened as of 2018-06-12. Trump\'s news conference afterwards is',
    'a separate event.'],
   'singapore-summit', '2018-06-12', '2018-06-12', 'day', 'happened', ['donald-trump', 'kim-jong-un'], ['singapore', 'sentosa', 'capella-hotel'], [
   (W, "Trump, Kim pledge new relations and 'complete denuclearization' at Singapore summit", None),
   (W, "U.S. President Donald Trump and North Korean leader Kim Jong-un pledged on Tuesday to build \"new U.S.-DPRK relations\"", "on Tuesday"),
   (W, "The two men shook hands shortly after 9 a.m. (0100 GMT) in front of a row of American and North Korean flags at the Capella hotel on the resort island of Sentosa.", "shortly after 9 a.m."),
   (W, "They then talked for about 40 minutes with only their interpreters present.", None),
   (W, "Senior aides joined them for an expanded meeting and a working lunch, and the two leaders signed a joint statement in the afternoon.", "in the afternoon"),
   (W, "In the document, Trump committed to provide security guarantees to North Korea", None),
   (W, "The statement gave no timetable and did not say how any disarmament would be verified.", None),
   (A, "The meeting between Donald Trump and Kim Jong Un is back on", None),
   (A, "The two leaders will meet in Singapore on June 12, as originally planned.", "on June 12"),
   (R, "Yesterday's summit in Singapore between U.S. President Donald Trump and North Korean leader Kim Jong Un dominated the front pages", "Yesterday's"),
   (R, "In a joint statement signed on Sentosa island after a morning of talks, Kim reaffirmed his commitment to the \"complete denuclearization of the Korean Peninsula,\"", None),
   (L, "LIVE: Trump and Kim meet in Singapore – as it happened", None),
   (L, "Donald Trump and Kim Jong Un shake hands at the Capella hotel on Sentosa", None),
   (L, "The two leaders sign a joint statement after a morning of talks", None),
   (L, "**9:04am** The moment.", "9:04am"),
   (L, "Donald Trump and Kim Jong Un walk towards each other from opposite ends of the colonnade and shake hands for about 12 seconds", None),
   (L, "Seated side by side before the cameras, Kim says through an interpreter", None),
   (L, "Trump predicts a \"terrific relationship\".", None),
   (L, "The one-on-one, with only interpreters in the room, is over and the expanded talks are under way.", None),
   (L, "On the US side: Mike Pompeo, national security adviser John Bolton and chief of staff John Kelly.", None),
   (L, "Facing them: Kim Yong Chol, foreign minister Ri Yong Ho and Ri Su Yong, a senior party official.", None),
   (L, "After a working lunch, the two leaders took a short stroll through the hotel gardens", None),
   (L, "Trump and Kim have put their names to a joint statement at a table in the hotel.", None),
   (L, "Kim: \"The world will see a major change.\"", None),
])
ev(['Trump\'s news conference after the summit (halt to the "war games").'],
   'trump-news-conference-singapore', '2018-06-12', '2018-06-12', 'day', 'happened', ['donald-trump'], ['singapore'], [
   (W, "\"We're prepared to start a new history and we're ready to write a new chapter between our nations,\" Trump told reporters afterwards.", "afterwards"),
   (W, "At a news conference before leaving Singapore, Trump said the United States would stop its joint military exercises with South Korea", None),
   (W, "He said sanctions on North Korea would remain in place for now.", None),
   (R, "Mr. Trump's announcement that the United States would suspend joint military drills with South Korea while talks continue took many officials here by surprise.", None),
   (L, "Trump says the US will halt \"war games\" with South Korea", None),
   (L, "Big news from Trump's news conference: he says the US will stop the \"war games\" with South Korea", None),
   (L, "He also says Kim has agreed to destroy a major missile engine testing site.", None),
   (L, "Asked about human rights, Trump says the subject was discussed \"relatively briefly\".", None),
])
ev(['"on Tuesday evening" in the Busan article (resolved against 2018-06-13).'],
   'moon-welcomes-summit-agreement', '2018-06-12', '2018-06-12', 'day', 'happened', ['moon-jae-in'], ['seoul', 'cheong-wa-dae'], [
   (R, "Seoul greets Singapore deal with cautious relief", None),
   (R, "Moon hails 'historic' agreement", None),
   (R, "President Moon Jae In welcomed the agreement in a statement on Tuesday evening", "on Tuesday evening"),
   (R, "Moon had watched the opening handshake on television with his aides at Cheong Wa Dae before a Cabinet meeting, his office said.", None),
])
ev(['Planned in the wire ("was due to leave ... on Tuesday evening"), happened in',
    'the live page of the same day.'],
   'trump-leaves-singapore', '2018-06-12', '2018-06-12', 'day', 'happened', ['donald-trump'], ['singapore', 'guam'], [
   (W, "Trump was due to leave Singapore on Tuesday evening.", "on Tuesday evening"),
   (L, "Air Force One has left Singapore.", None),
   (L, "Trump is heading home via a refuelling stop in Guam.", None),
])
ev(['"on Wednesday" (wire of Tuesday 2018-06-12, planned) and "today" (Busan,',
    'undated, resolved to 2018-06-13). Judgement call: voting is under way in the',
    'latest source, so status happened.'],
   'south-korea-local-elections', '2018-06-13', '2018-06-13', 'day', 'happened', [], ['south-korea'], [
   (W, "South Koreans vote in nationwide local elections on Wednesday", "on Wednesday"),
   (R, "as voters head to the polls", None),
   (R, "The agreement comes as South Koreans vote today in nationwide local elections", "today"),
])
ev(['"tomorrow" in the Busan article (resolved against 2018-06-13) => 2018-06-14;',
    '"in the coming days" (wire) is a vaguer mention of the same briefing trip.'],
   'pompeo-briefs-moon-seoul', '2018-06-14', '2018-06-14', 'day', 'planned', ['mike-pompeo', 'moon-jae-in'], ['seoul'], [
   (W, "Pompeo is expected to travel to Seoul in the coming days to brief South Korean officials on the outcome.", "in the coming days"),
   (R, "U.S. Secretary of State Mike Pompeo is scheduled to meet Moon tomorrow to brief him on the talks, before flying on to Beijing.", "tomorrow"),
])

E.sort(key=lambda e: (e[2], e[1]))

out=[header, 'articles:']
for aid,pub,evid,comment,furn in articles:
    out.append(f'  {aid}:')
    if comment:
        out += ['    '+c for c in comment]
    out.append(f'    published: {pub}')
    out.append(f'    publishedEvidence: {q(evid)}')
    out.append('    furniture:')
    for f in furn:
        if f.startswith('# '): out.append('      '+f)
        else: out.append('      - '+q(f))
out.append('')
out.append('events:')
for comment,id,start,end,prec,status,actors,places,mentions in E:
    out.append('')
    for c in comment: out.append('  # '+c)
    out.append(f'  - id: {id}')
    out.append(f'    start: "{start}"')
    out.append(f'    end: "{end}"')
    out.append(f'    precision: {prec}')
    out.append(f'    status: {status}')
    out.append(f'    actors: [{", ".join(actors)}]')
    out.append(f'    places: [{", ".join(places)}]')
    out.append('    mentions:')
    for a,qt,dt in mentions:
        out.append(f'      - article: {a}')
        out.append(f'        quote: {q(qt)}')
        out.append(f'        dateText: {q(dt)}')
open('gold.yaml','w').write('\n'.join(out)+'\n')
print(len(E), sum(len(e[8]) for e in E))
