"""Structure detectors: embedded posts, boilerplate lines, headlines, with positive and negative cases."""

from __future__ import annotations

import pytest

from slant.segment import split_paragraphs, split_sentences
from slant.line_shapes import _ATTRIBUTION_PLATFORM, _COMMENT_INLINE, _SIGNATURE_LINE, _SIGNED_ROLE, listing_dates
from slant.structure import (ANSWER, ATTRIBUTION, BOILERPLATE, CLAIM, DATA, HEADLINE, POST, PROSE, QUESTION, RATING,
                             reader_letters,
                             attribution_span, boilerplate_line, declares_opinion, is_byline, is_headline_shape, is_navigation,
                             is_section_heading, is_timestamp, is_widget, segment_roles, tag_roles)


# ------------------------------------------------------------------ attribution lines
@pytest.mark.parametrize("line", [
    "— Jane Roe (@janeroe) June 18, 2024",
    "- Jane Roe (@jane_roe) Jun 18, 2024",
    "— Mira Solano (@mirasolano.bsky.social) April 7, 2025 at 9:14 PM",
    "— City Transit Authority (@CityTransit) on X",
    "Jane Roe (@janeroe) posted on X",
    "Jane Roe (@janeroe) March 3, 2025",
    "A post shared by Jane Roe (@janeroe)",
    "Posted by City Hall on Tuesday, June 18, 2024",
    "— Donald J. Trump (@realDonaldTrump) June 18, 2024",
])
def test_attribution_lines_are_found_whole(line):
    assert attribution_span(line) == (0, len(line))


def test_body_and_attribution_on_one_line_are_cut_at_the_dash():
    line = ("Fifty dollars for a night in a hotel. Generous as always. pic.twitter.com/k3XwT9 "
            "— Ray Okafor (@rayokafor) April 7, 2025")
    start, end = attribution_span(line)
    assert line[start:end] == "— Ray Okafor (@rayokafor) April 7, 2025"
    assert end == len(line)


@pytest.mark.parametrize("line", [
    "She wrote to @cityhall asking for answers, the mayor said.",
    "The agency's account (@nasa) has 80 million followers.",
    "Reporters emailed press@example.com on Monday — and got no reply.",
    "The vote — 7-2 — came on June 18, 2024.",
    "Contact the newsroom at tips@example.org.",
    "Jane Roe (@janeroe)",
    "Jane Roe (@janeroe) is a reporter covering City Hall.",
])
def test_a_handle_or_date_in_prose_is_not_an_attribution(line):
    assert attribution_span(line) is None


# ------------------------------------------------------------------ boilerplate lines
@pytest.mark.parametrize("line", [
    "Tue, 06/18/2024 – 11:00", "March 4, 2025 9:12 p.m.", "Updated June 3, 2025 at 4:12 p.m. PT",
    "Published: 2024-06-18 11:00", "3 hours ago", "18 June 2024",
    # A weekday dates a line without its year; British pages put a dot in the time.
    "Thursday 14 November, 7.05am", "Sat 8 Jun 2024 09.00 BST",
    "Updated 6:42 a.m. CDT Wednesday, July 17",
])
def test_timestamps(line):
    assert is_timestamp(line)


@pytest.mark.parametrize("line", [
    "June 18, 2024 was the day the council finally voted.",
    "On March 4, 2025 the council voted 7-2.",
    "11 people were hurt.",
    "July 17", "3.50", "The fare rose to 3.50 on Monday, July 17.",
])
def test_sentences_with_dates_are_not_timestamps(line):
    assert not is_timestamp(line)
    assert not boilerplate_line(line)


@pytest.mark.parametrize("line", [
    "By Maria Ellison", "By Elin Marsh and Tomas Reiter", "BY DANA REYES",
    "By Dana Reyes, Staff Writer", "Reporting by Jan Berg; Editing by Ana Costa",
    "Associated Press writer Jan Berg in Brussels contributed to this report.",
    "Jane Roe (@janeroe)",
])
def test_bylines(line):
    assert is_byline(line)


@pytest.mark.parametrize("line", [
    "By the way, the vote was close.", "By contrast, the county spent nothing.",
    "By Tuesday the council had voted.", "By Monday", "By 2030 the bridge will need replacing.",
    "Bystanders said the car was speeding.",
])
def test_prose_starting_with_by_is_not_a_byline(line):
    assert not is_byline(line)


@pytest.mark.parametrize("line", [
    "Share This Article", "Choose Your Platform: Facebook Twitter Linkedin", "Advertisement",
    "ADVERTISEMENT", "Read more: How to prepare a go-bag before fire season", "Subscribe",
    "Sign up for our morning newsletter", "Follow us on Instagram", "Comments (14)",
    "Join the conversation", "Tell us what you think in the comments below.",
    "© 2025 Valley Herald Media. All rights reserved.", "Copyright 2024 The Daily Example",
    "Facebook | Twitter | Email", "Facebook Twitter Linkedin Email",
    "Firefighters walk a line above the town. (Photo by Marco Ruiz/Valley Herald)",
    "Photo: Jane Doe/Getty Images", "Posted in Travel | 23 Comments", "Skip to content",
    "Listen to this article 4 min", "Privacy Policy | Terms of Service | Contact Us",
    "Home > News > California > Wildfires", "Tags: transit, budget, city council",
    "By Owen Castellano | Published 8:05 AM EST, Thu January 9, 2025",
    "Share this live blog", "Refresh to see the latest posts", "Related: Voters rejected a levy",
    "ANALYSIS", "News Analysis", "Live updates", "Share this editorial", "By the Editorial Board",
    "By The Herald Staff", "Thanks for reading The Capitol Ledger!", "Thank you for reading",
    "Share this fact-check: Facebook  X  Email  Copy link", "Share: Facebook, X, Email",
    "By Priya Natarajan | Courier Check | Updated May 9, 2025, 3:40 p.m.", "Spotted an error?",
    "Read our corrections policy or email the desk.",
    "This is a developing story and will be updated.", "This story will be updated.",
    "Tip jar: If you value this blog, chip in $5.", "Support local journalism: give today.",
    "Market data delayed at least 15 minutes.", "Quotes provided by Example Data Services.",
    "Our Standards: The Example Wire Trust Principles.", "Watch on YouTube", "Listen on Spotify",
    "This article is for informational purposes only and is not a substitute for medical advice.",
    "Letters reflect the views of their writers and not those of the Gazette.",
    "By signing up, you agree to our Terms of Use and Privacy Policy.",
    "Get the Morning Note: the day's top stories, straight to your inbox.",
    "Enter your email address — Sign up.",
    "Leave a condolence for the family | Sign the Guestbook | Send Flowers",
    "Buy now at Example Housewares ($89)", "We may earn a commission when you buy through links.",
    "News provided by Example Analytics, Inc. | Mar 04, 2025, 08:00 ET",
    "About Example Analytics", "Forward-Looking Statements", "Media Contact:",
    "SOURCE Example Analytics, Inc.", "press@example.com", "+1 555-0142",
    "Send your questions to Ask Wren at askwren@example.com or P.O. Box 1, Marlow.",
    "Letters may be edited for length and clarity.",
    "More news from this source | Print | Email | Share | Download PDF",
    "Photograph: Jane Doe for Example Quarterly", "4 Comments / Share this story",
    "This story appears in the Spring 2025 issue of Example Quarterly.",
    "A version of this article appeared in print on May 3, 2025.",
    "Have a news tip? Email news@example.com or call 555-0100.",
    "Reach him at sokafor@example.com.", "Contact the reporter on X: @jroe",
    "To report an error, email standards@example.com or call 555-0148.",
    "Leave a Reply — Your email address will not be published.", "Required fields are marked *",
    "Mortgage calculator: Home price $412,500 · Down payment 20%", "View listings »", "[Subscribe]",
    "SPONSORED · Thinking of selling? Get a free home valuation.",
    "Get real-time updates: Download the Example Go app for iPhone and Android.",
    "Directed by Jane Roe. Written by Roe and Sam Doe.", "Starring Ann Lee, Bo Kim, Cy Diaz.",
    "Rated PG-13 for sustained peril and brief language.",
    "This article is for general information only and is not a substitute for medical advice.",
    "Students leave the school on Monday. (Dana Reyes/Riverton Courier)", "NON-FICTION REVIEW",
    "Album review", "View in browser", "View this email in your browser", "Have your say",
    "Quote of the day", "You're receiving this email because you signed up at example.com.",
    "The Morning Briefing is written by Priya Natarajan and edited by Sam Whitford.",
    "Today's briefing is brought to you by Example Credit Union.",
    "To support our journalism, order your copy from our partner bookshop.",
    "Message and data rates may apply.", "Weather alerts: Sign up to get heat warnings by text.",
    "Source: National Weather Service, Fairhaven office", "Opinion | Point/Counterpoint",
    "Tell us in the comments below, or send a letter to the editor.",
    "Letters must include your name and the town where you live.",
    "Have a question about the new law? Email housing@example.com and we may answer it.",
    "This article provides general information and is not legal advice. For advice about your "
    "situation, contact a lawyer.",
    "This content was produced by Example Studio in partnership with Example Sleep. The "
    "Example Times's news and editorial staff had no role in its creation.",
    "The writer travelled as a guest of Visit Example and stayed at Casa Example.",
    "Offer valid through March 31, 2025, in the contiguous U.S. only.", "Type your email… Subscribe",
    "42 Likes · 6 Restacks", "Discussion about this post", "###", "-30-", "Shop the Cloud Hybrid →",
    "The Daily Example   News   Business   Health   Opinion   Subscribe",
    "Report this comment", "You must be logged in to post a comment. Log in or register",
    "Read the ruling (PDF)", "Key takeaways", "Support local news — donate", "Reviewed by Tom Ashworth",
    "BTC $67,412 ▲2.1%   ETH $2,648 ▲1.4%   SOL $166.30 ▼0.8%",
    "Disclaimer: Not financial advice. This article is for informational purposes only.",
    "Trade now on Example – get up to $200 in sign-up rewards ▶",
    "ExampleSite may receive a commission when you sign up through links on this page.",
    "The day's biggest crypto stories, in your inbox every morning.",
    "Odds correct at time of publication and subject to change. 18+ T&Cs apply.",
    "Please bet responsibly. 18+ only.", "Spoiler warning: This recap discusses the whole plot.",
    "Previously: The Harbor Line recap: Season 2, Episode 5", "A word from our sponsor",
    "Learn more at example.org/home", "That's it for this week. Reply to this email with links.",
    "Accessibility: The City is committed to making its website accessible to everyone.",
    "May 14, 2025 4:52 PM GMT+2 · Updated 2 hours ago", "Purchase Licensing Rights", "Reader poll",
    "By Valley Sentinel staff | Last updated Aug. 14, 2025, 4:52 p.m. PDT",
    "This post contains affiliate links. ExampleSite may earn a commission if you buy something.",
    "This column is for general information only and is not a substitute for a consultation.",
    "SHOP THE LOOK: Her camel coat is on sale for $129 at Example!",
    "Posted at 17:05", "Dan Whitcombe, at Meadow Lane",
    "Aisha Karim, courts reporter, at Northgate Crown Court",
    "The Millbrook Courier   News   Elections 2025   Sports   Opinion",
    "The Northgate Courier | News  Sport  Business  Opinion  Local  Sign in",
    "TechBench is supported by its audience.", "Find your polling place",
    "Enter your home address   [        ]   Search", "Comments (4)   |   Log in to join the conversation",
    "Schedule a showing", "Direct: (503) 555-0148 | agent@example.com",
    "Posted on May 14, 2024 by Clara Whitfield", "Support us on Patreon so we can keep going.",
    "Example Realty is committed to the letter and spirit of federal fair housing laws.",
    "We do not discriminate on the basis of race, color, religion, sex or disability.",
    "All information deemed reliable but not guaranteed.",
    "Priya Nandakumar, Transport correspondent", "SATIRE",
    "Live updates: follow the latest on the strike as it happens",
    "Share on Facebook   Share on X   Share via Email", "Share   Gift this article   Print",
    "The Daily Shrug is a satirical publication. All stories are fiction.",
    "Write to Dana Whitcombe at dana@example.com", "KHG   104.52   +0.87 (+0.84%)",
    "The Trinity Tidings | Week of March 9, 2025", "Read the documents", "Part 1 of 3",
    "Coming Tuesday in Part 2: How the company won the contract.", "Contact us securely.",
    "Email tips@example.org or reach our reporters on Signal.", "Support independent investigative journalism.",
    "09:14, 14 OCT 2025 Updated 11:02, 14 OCT 2025", "GUEST ESSAY", "Reply",
    "Follow us on Instagram @example_nest for courtside photos and postgame interviews after games.",
    "(Additional reporting by Tom Ellery in New York; Editing by Jane Roe)", "Image Credits: Example",
    "Have a photo or memory to share?", "Write to Ruth Alder at ralder@example.com or c/o The Courier, 22 Main St.",
    "Contact Dana Whitlock securely on Signal at danawhit.42 or email tips@example.com.",
    "Shop the trend", "Shop now", "Follow Vestry on Instagram, TikTok and Pinterest", "Report a scam",
    "By Tribune readers | Published 6:00 a.m. CT Sunday, Oct. 12", "How to submit a letter",
    "Letters should be no longer than 250 words and must include the writer's name.",
    "Got a consumer problem? Email ruth@example.co.uk with your name.",
])
def test_widgets_navigation_credits_and_prompts(line):
    assert boilerplate_line(line)


@pytest.mark.parametrize("line", [
    "Share prices fell 3% on Tuesday after the report.",
    "Print editions will end in May, the publisher said.",
    "Read the full inspection report, the union told its members.",
    "Comments from residents filled three hours of the hearing.",
    "Advertisements for the new line will run through June.",
    "Opinion polls show a tight race in the district.",
    "Live music returns to the park on Friday.",
    "Refreshments will be served after the hearing.",
    "Thanks for reading the report so carefully, the judge told the jury.",
    "The fund is worth $4 billion / €3.7 billion / £3.2 billion, analysts said.",
    "Share of the vote: Facebook users favoured the plan, a poll found.",
    "Inspectors spotted an error in the ballot count on Tuesday.",
    "Courier Check | Bills have tripled since 2019, the senator said.",
    "The story will be told in a documentary next year.",
    "Supporters of the plan packed the hearing.",
    "Prices are delayed by the port strike until March.",
    "Prices provided by the ministry showed a 4% rise.",
    "Our standards have slipped this season, the coach said.",
    "Watch the vote on the city's channel at 7 p.m.",
    "Offer documents were filed with regulators on Monday.",
    "About 6,000 mail ballots are still to be counted.",
    "About half the crowd left before the vote.",
    "Order on the court was restored by noon.",
    "Source code for the app was leaked last week.",
    "Buy on weakness, the analyst said.",
    "Download speeds doubled in May.",
    "Three out of four residents backed the plan.",
    "Directed by the board, staff cut the budget by 4%.",
    "Rated highly by inspectors, the plant reopened.",
    "This story appears to have started with a misread memo.",
    "Starring in the role was a challenge, she said.",
    'Created By Max Factor."', 'Written by hand, the note was found in the car.',
    "Reach them at the depot before noon, officials told drivers.",
    "Sponsored content from the city was criticised by the board.",
])
def test_prose_that_starts_like_a_widget_is_not_boilerplate(line):
    assert not is_widget(line)
    assert not boilerplate_line(line)


def test_navigation_needs_three_short_items():
    assert is_navigation("Home › World › Europe")
    assert not is_navigation("Apples / oranges")


@pytest.mark.parametrize("line", ["Most Read", "Related Stories", "Latest News", "More from Metro",
                                  "You may also like", "Trending Now", "Read more fact-checks",
                                  "More local stories", "Sources:", "References"])
def test_section_headings(line):
    assert is_section_heading(line)


def test_related_in_a_sentence_is_not_a_section_heading():
    assert not is_section_heading("Related charges were filed on Monday.")
    assert not is_section_heading("Sources said the talks had stalled.")
    assert not is_section_heading("More stories of delays emerged on Monday.")


# ------------------------------------------------------------------ roles in context
def roles_of(text):
    paragraphs = split_paragraphs(text)
    return [(text[s:e], role) for _, s, e, role in segment_roles(text, paragraphs)]


def tag_roles_of(text):
    paragraphs = split_paragraphs(text)
    return tag_roles(text, paragraphs, [split_sentences(text, s, e) for s, e in paragraphs])


BODY = ("The county board voted 5-2 on Tuesday to close every branch library on Sundays from "
        "April, a change it says will save about $900,000 a year.")


def test_publication_name_repeated_in_the_page_chrome_is_not_the_headline():
    text = (f"The Harbor Dispatch\nSubscribe\n\nLibraries lose their Sundays\n\n{BODY}\n\n"
            "Thanks for reading The Harbor Dispatch! Subscribe for free to get new posts.")
    roles = roles_of(text)
    assert roles[0] == ("The Harbor Dispatch", BOILERPLATE)
    assert ("Libraries lose their Sundays", HEADLINE) in roles
    # Copyright lines name the publication too.
    text2 = f"The Harbor Dispatch\n\nLibraries lose their Sundays\n\n{BODY}\n\n© 2026 The Harbor Dispatch"
    assert roles_of(text2)[0] == ("The Harbor Dispatch", BOILERPLATE)


@pytest.mark.parametrize("text", [
    # The headline repeated in a share widget, with no other title line above the body.
    f"Libraries lose their Sundays\n\n{BODY}\n\nShare: Libraries lose their Sundays",
    # A first line that the chrome does not repeat.
    f"The Harbor Dispatch\n\nLibraries lose their Sundays\n\n{BODY}\n\n© 2026 Coast Media",
])
def test_first_title_line_stays_the_headline_without_both_masthead_signs(text):
    assert roles_of(text)[0][1] == HEADLINE


def test_name_line_that_an_author_bio_repeats_is_a_byline():
    text = (f"Libraries lose their Sundays\n\nPriya Natarajan\n\n{BODY}\n\n"
            "Priya Natarajan is a librarian in Harbor County.")
    assert ("Priya Natarajan", BOILERPLATE) in roles_of(text)
    # Without the bio the same line is not taken for a byline.
    alone = f"Libraries lose their Sundays\n\nPriya Natarajan\n\n{BODY}"
    assert ("Priya Natarajan", BOILERPLATE) not in roles_of(alone)


def test_a_critics_stars_or_score_declare_a_review_but_a_fact_check_verdict_does_not():
    for rating in ("Rating: ★★★★☆", "★★½ out of four stars", "Score: 4.5 out of 5"):
        text = f"Libraries lose their Sundays\n\n{BODY}\n\n{rating}"
        assert declares_opinion(text, split_paragraphs(text)), rating
    for line in ("Rating: False", "★★★★★ 4.9 from 186 votes", "The vote was 5 out of 7."):
        text = f"Libraries lose their Sundays\n\n{BODY}\n\n{line}"
        assert not declares_opinion(text, split_paragraphs(text)), line


def test_views_disclaimer_declares_an_opinion_piece():
    text = f"Libraries lose their Sundays\n\n{BODY}\n\nJo Park is a librarian. The views expressed here are her own."
    assert declares_opinion(text, split_paragraphs(text))
    other = f"Libraries lose their Sundays\n\n{BODY}\n\nThe views expressed at the hearing were mixed."
    assert not declares_opinion(other, split_paragraphs(other))


def test_headline_is_the_first_short_unpunctuated_line():
    text = "Council Approves Bridge Repair\n\nThe council voted 7-2 on Tuesday to repair the bridge."
    assert [r for _, r in roles_of(text)] == [HEADLINE, PROSE]
    assert is_headline_shape("Council Approves Bridge Repair")
    assert not is_headline_shape("The council voted on Tuesday.")


def test_a_question_can_be_the_headline_but_not_a_subheading():
    text = ("Have Water Bills Really Tripled?\n\nBills rose 87% since 2019, rate records show.\n\n"
            "Who pays?\n\nThe authority sets rates for 40,000 households across three towns, and "
            "its board approved the last two increases by votes of 5-0 and 4-1.")
    assert [r for _, r in roles_of(text)] == [HEADLINE, PROSE, PROSE, PROSE]


def test_first_line_that_is_a_sentence_is_not_a_headline():
    text = "The council voted 7-2 on Tuesday.\n\nWork begins in June."
    assert roles_of(text)[0][1] == PROSE


def test_most_read_block_claims_its_teasers_and_stops_at_prose():
    text = ("Crews worked through the night to restore power to the east side.\n"
            "Most Read\n"
            "School board approves later start times\n"
            "Police identify driver in Highway 50 crash\n"
            "Officials said the storm caused an estimated $40 million in damage to homes, roads and "
            "power lines across the county, and that repairs would take most of the month.\n")
    roles = roles_of(text)
    assert [r for _, r in roles] == [PROSE, BOILERPLATE, BOILERPLATE, BOILERPLATE, PROSE]


def test_closing_paragraph_with_the_copyright_line_is_the_footer():
    body = "The board meets again on June 3, when it will vote on the final budget.\n\n"
    footer = "The Courier is a project of Tri-County Media. Spotted an error? © 2025 Tri-County Media."
    roles = tag_roles_of(body + footer)
    assert roles == [[PROSE], [BOILERPLATE, BOILERPLATE, BOILERPLATE]]
    # Only the page's closing paragraph, and only when it ends with the notice.
    assert tag_roles_of(footer + "\n\n" + body)[0] == [PROSE, BOILERPLATE, BOILERPLATE]
    assert tag_roles_of(body + "Prices rose. © 2025 Tri-County Media. Prices fell.")[1][0] == PROSE


TRANSCRIPT = ("Harbor Town's Mayor on the Cruise Season\n\n"
              "Annelise Varga was elected mayor of the harbor town in 2023 after two terms on the "
              "council, and this summer the first large cruise ship in six years will tie up at "
              "its pier.\n\n"
              "Review: The ship docks on Aug. 14. How many passengers are you expecting?\n\n"
              "Varga: About 1,100. It is a huge opportunity for us.\n\n"
              "And a huge test for the pier.\n\n"
              "Review: Is the pier ready?\n\n"
              "Varga: Not yet. We will finish the repairs in July.")


def test_interview_turns_are_questions_and_answers():
    roles = tag_roles_of(TRANSCRIPT)
    assert roles[2] == [PROSE, QUESTION]        # the interviewer's statement, then question
    assert roles[3] == [ANSWER, ANSWER]
    assert roles[4] == [ANSWER]                 # an unlabelled paragraph continues the answer
    assert roles[5] == [QUESTION]
    assert roles[6] == [ANSWER, ANSWER]
    # Q/A labels: Q is the interviewer even when A asks something back.
    qa = ("Five Questions for the Harbor Master\n\nQ: Why now?\n\nA: Why not?\n\n"
          "Q: Fair. And the cost?\n\nA: About $2 million.")
    assert tag_roles_of(qa)[1:] == [[QUESTION], [ANSWER], [PROSE, QUESTION], [ANSWER]]


def test_a_label_used_once_is_not_a_speaker():
    # An editorial titled "Paris: ..." that closes with a short Q/A: only the Q/A turns count.
    text = ("Paris: Why the rally mattered\n\nThe rally drew more than a million people.\n\n"
            "Q: Who was attacked?\n\nA: A satirical magazine.\n\nQ: And why?\n\nA: For its cartoons.")
    roles = tag_roles_of(text)
    assert roles[1] == [PROSE]
    assert roles[2:] == [[QUESTION], [ANSWER], [QUESTION], [ANSWER]]


def test_labelled_fact_lines_are_not_an_interview():
    box = ("If you go: Nine Lanterns\n\nHours: 11 a.m. to 9 p.m.\n\nPrices: $7 to $18\n\n"
           "Noise: loud at peak hours\n\nParking: on the street")
    # (a detail line such as "Prices: $7 to $18" is data, fact: not an answer)
    assert all(role in (PROSE, HEADLINE, BOILERPLATE, DATA) for para in tag_roles_of(box) for role in para)


def test_posted_by_above_the_body_is_the_byline_even_under_short_title_lines():
    text = ("THE FENCEPOST DISPATCH\n\nCommon sense since 2011\n\nCouncil Ends Livestream\n\n"
            "Posted by Gary Lindqvist on March 4, 2025\n\n"
            "On Monday night the council voted 4-3 to end live video of its meetings, a change the "
            "sponsor said would save about $18,000 a year.")
    roles = [r for _, r in roles_of(text)]
    assert roles[3] == BOILERPLATE
    assert POST not in roles and ATTRIBUTION not in roles


def test_short_question_leading_a_widget_paragraph_is_its_prompt():
    text = ("The restaurant opened in June.\n\n"
            "Hungry for more? Sign up for Second Helping, our weekly newsletter about where to eat.")
    assert tag_roles_of(text)[1] == [BOILERPLATE, BOILERPLATE]
    tail = "Tip jar: chip in $5 to keep this blog going. Every dollar helps."
    assert tag_roles_of("The vote was 4-3.\n\n" + tail)[1] == [BOILERPLATE, BOILERPLATE]
    prose = "Who pays? The authority sets the rates."
    assert tag_roles_of("The plant is old.\n\n" + prose)[1] == [PROSE, PROSE]
    instruction = ("To report an error, email standards@example.com. "
                   "Please include the date and headline of the article.")
    assert tag_roles_of("The vote was 4-3.\n\n" + instruction)[1] == [BOILERPLATE, BOILERPLATE]
    # A sentence of the story after a widget sentence stays the story's.
    story = ("Share this article. The mayor vetoed the bill on Friday after a long and bitter "
             "fight with the council.")
    assert tag_roles_of("The vote was 4-3.\n\n" + story)[1][1] == PROSE


def test_review_section_line_declares_the_genre_but_a_menu_does_not():
    def declared(text):
        return declares_opinion(text, split_paragraphs(text))
    assert declared("FOOD & DINING | Restaurant Review\n\nReview: A bowl worth the trip")
    assert declared("Home › Opinion\n\nThe Bridge Vote Was a Mistake")
    assert not declared("Home | News | Opinion | Obituaries | Subscribe\n\nBills rose 87%")


def test_post_body_above_attribution_within_limit_and_not_the_reporting_above():
    text = ("He underscored that the concern was \"the deepening relationship between the two "
            "countries, which could affect security across the whole region for years to come.\"\n"
            "The first visit in a quarter century is brought to you by the last administration.\n"
            "The effects of this foreign policy will reverberate for decades.\n"
            "— Jane Roe (@janeroe) June 18, 2024\n"
            "As for a military treaty, the agency gives the following background:\n")
    roles = [r for _, r in roles_of(text)]
    assert roles == [PROSE, POST, POST, ATTRIBUTION, PROSE]


def test_post_stops_at_an_introducing_line():
    text = ("Customers reacted quickly on social media.\n"
            "Two years of warnings and they finally act now.\n"
            "— Harbor Merchants (@HarborMerchants) March 4, 2025\n")
    assert [r for _, r in roles_of(text)] == [PROSE, POST, ATTRIBUTION]
    text2 = "Here is one reply:\n\nWhat a mess.\n— Jane Roe (@janeroe) June 1, 2024\n"
    assert [r for _, r in roles_of(text2)] == [PROSE, POST, ATTRIBUTION]


def test_a_line_naming_the_platform_or_the_post_introduces_it():
    text = ("Wind warning lifted\n\n"
            "The agency shared its latest figures on X a few minutes ago.\n\n"
            "Roads are open again. Drive with care.\n"
            "— County Roads (@CountyRoads) January 3, 2026\n")
    assert [r for _, r in roles_of(text)] == [HEADLINE, PROSE, POST, ATTRIBUTION]
    text2 = ("Not everyone agrees. A post from one resident has been seen 5,000 times.\n"
             "Still no power and no answers.\n"
             "— Jo Park (@jopark) January 3, 2026\n")
    assert [r for _, r in roles_of(text2)] == [PROSE, POST, ATTRIBUTION]


def test_several_posts_one_per_line():
    text = ("Customers were not impressed. Here is a selection of the replies:\n\n"
            "Generous as always. pic.twitter.com/k3XwT9 — Ray Okafor (@rayokafor) April 7, 2025\n"
            "It is a business model. — Lena Brandt (@lenabrandt_) April 7, 2025\n\n"
            "The department said it was reviewing the complaints.")
    roles = roles_of(text)
    assert [r for _, r in roles] == [PROSE, POST, ATTRIBUTION, POST, ATTRIBUTION, PROSE]


def test_at_sign_in_prose_makes_no_post():
    text = ("The airline said it had written to @USDOT to explain what happened.\n\n"
            "Regulators said they would respond within 30 days.")
    assert {r for _, r in roles_of(text)} == {PROSE}


def test_date_starting_line_inside_a_paragraph_is_not_a_timestamp():
    text = ("The council met twice this spring.\n\n"
            "June 18, 2024 was the date of the final vote, which passed 7-2 after a long debate "
            "about the cost of the repairs.")
    assert [r for _, r in roles_of(text)] == [PROSE, PROSE]


def test_byline_name_beside_timestamp_and_in_the_tail():
    text = ("Bridge Repair Approved\n\nJane Roe\nMarch 4, 2025 9:12 p.m.\n\n"
            "The council voted 7-2 on Tuesday to repair the Harbor Street bridge after inspectors "
            "found corroded steel beneath the deck.\n\nSam Lee\n\nShare this article")
    roles = dict(roles_of(text))
    assert roles["Jane Roe"] == BOILERPLATE
    assert roles["March 4, 2025 9:12 p.m."] == BOILERPLATE
    assert roles["Sam Lee"] == BOILERPLATE
    assert roles["Share this article"] == BOILERPLATE


def test_tag_roles_nests_like_sentences_and_prefers_post_over_prose():
    text = "Nice work, council. Really.\n— Jane Roe (@janeroe) June 1, 2024\n\nThe vote was 7-2."
    paragraphs = split_paragraphs(text)
    sentences = [split_sentences(text, s, e) for s, e in paragraphs]
    roles = tag_roles(text, paragraphs, sentences)
    assert [len(r) for r in roles] == [len(s) for s in sentences]
    flat = [r for rs in roles for r in rs]
    assert flat[-1] == PROSE
    assert set(flat[:-1]) <= {POST, ATTRIBUTION} and ATTRIBUTION in flat


def test_tag_roles_when_one_sentence_spans_body_and_attribution():
    text = "Nice work, council\n— Jane Roe (@janeroe) June 1, 2024"
    roles = tag_roles(text, [(0, len(text))], [[(0, len(text))]])
    assert roles[0][0] in (POST, ATTRIBUTION)


def test_posted_by_is_a_byline_at_the_top_and_an_attribution_under_a_post():
    text = ("Stadium Deal Clears First Vote\n\nPosted by Leah Monroe on Wednesday, May 14, 2025\n\n"
            "The county commission voted 4-3 on Tuesday night to advance the financing package.\n\n"
            "The league responded on its page:\n\n"
            "Four commissioners just handed a billionaire $350 million of your money.\n"
            "Posted by Taxpayers League on Tuesday, May 13, 2025\n")
    assert [r for _, r in roles_of(text)] == [HEADLINE, BOILERPLATE, PROSE, PROSE, POST, ATTRIBUTION]


def test_two_section_names_are_navigation_but_not_every_pair():
    assert is_navigation("Sports | Local Politics")
    assert is_navigation("Editor's picks | Business")
    assert not is_navigation("Apples | oranges and pears")
    # Two capitalised parts between slashes are a section and its subsection: all 70 such lines
    # on the example pages (6 Dec) were furniture to the labellers ("Guides / Northern Lakes").
    assert is_navigation("Guides / Northern Lakes")
    assert not is_navigation("Apples / oranges and pears")
    assert not is_navigation("RAM: 16GB LPDDR5X | Storage: 1TB NVMe SSD")
    assert not is_navigation("Weight: 2.6 pounds | Thickness: 0.59 inches | Ports: 2")


def test_widget_sentence_inside_a_prose_line_is_boilerplate_and_an_author_bio_joins_it():
    text = "The council meets again on Tuesday to vote on the levy. Follow her @leahmonroe."
    paragraphs = split_paragraphs(text)
    sentences = [split_sentences(text, s, e) for s, e in paragraphs]
    assert tag_roles(text, paragraphs, sentences) == [[PROSE, BOILERPLATE]]
    bio = "Leah Monroe covers county government. Follow her @leahmonroe."
    assert tag_roles_of(bio) == [[BOILERPLATE, BOILERPLATE]]


@pytest.mark.parametrize("line", [
    "The vote was 5-4 (Smith/Jones dissenting).", "He backed the plan (Yes/No).",
    "The report is written by experts who disagree.", "The source: a leaked memo.",
    "Source said the talks failed.", "Performance reviews begin in May, the agency said.",
    "Rates rise, and that is the whole story.", "The deal expires on Friday, the company said.",
    "Prices rose from 4% → 5% in May.", "Mon   72   55   Sunny", "Rangers   3   1   0",
    "The council met.  Then it voted to adjourn after a long debate.",
    "Scammers are landing in your inbox more often, the FBI said.",
    "The company may receive a windfall, analysts said.", "Rates rose 2% in May, and 3% in June.",
    "Accessibility: All shuttle buses are wheelchair accessible.",
    "Smith, at the hearing, said no.", "Call: 555-0100", "Code applies to buildings after 1990.",
    "Tell us, Mr. Mayor, where the money went.", "Have your say at the public hearing on May 3 at City Hall.",
    "The city is committed to the letter and spirit of the law, the mayor said.",
    "Live updates: Ice storm knocks out power across the valley",
    "And the fact that the paper, Example Weekly, is a satirical publication matters not at all.",
    "Contact us to learn more about the program, the mayor said.",
    "Contact Smith on Monday about the plan.", "Follow the money, the prosecutor said.",
    "Letters from readers show the town is divided.",
])
def test_prose_near_the_new_widget_shapes_is_not_boilerplate(line):
    assert not boilerplate_line(line)


def test_site_name_right_above_the_menu_is_the_masthead():
    text = (f"The Lakeshore Ledger\n\nHome | News | Politics | Sports\n\n"
            f"Libraries lose their Sundays\n\n{BODY}")
    roles = roles_of(text)
    assert roles[0] == ("The Lakeshore Ledger", BOILERPLATE)
    assert ("Libraries lose their Sundays", HEADLINE) in roles
    # A question headline counts as the title line below the masthead.
    asked = f"The Lakeshore Ledger\n\nHome | News | Politics\n\nShould libraries close?\n\n{BODY}"
    assert roles_of(asked)[0][1] == BOILERPLATE
    # Without the menu right below it, the first line stays the headline.
    assert roles_of(f"The Lakeshore Ledger\n\nLibraries lose their Sundays\n\n{BODY}")[0][1] == HEADLINE


def test_a_professional_networks_author_line_closes_the_post_above_it():
    text = ("The union's president posted about the rally afterward:\n\n"
            "Proud to stand with Marisol tonight. 2,000 people showed up.\n\n"
            "Keisha Randle • President, UAW Local 699 • 14h\n\n"
            "1,204 reactions · 87 comments · View on LinkedIn\n\nThe rival campaign did not comment.\n")
    assert [r for _, r in roles_of(text)] == [PROSE, POST, ATTRIBUTION, BOILERPLATE, PROSE]
    # A page's own byline in the same shape is not a post's author.
    for line in ("By Jane Roe • Staff • 2h", "Jane Roe • 3 min read • 2d"):
        assert attribution_span(line) is None


def test_comments_under_name_and_age_headers_are_furniture_over_embedded_text():
    text = ("Police have appealed for witnesses.\n\nJanet Morley · 2h\n\n"
            "Hope the lad recovers. That street has been a no-go area for years.\n\n"
            "Report this comment\n\nAshfordLocal · 45m\n\nMaybe the police should patrol.\n")
    assert [r for _, r in roles_of(text)] == [PROSE, BOILERPLATE, POST, BOILERPLATE, BOILERPLATE, POST]
    # A page tool with a duration is not a commenter's header, and claims nothing under it.
    listen = f"Listen to this article · 5 min\n\n{BODY}\n"
    assert [r for _, r in roles_of(listen)] == [BOILERPLATE, PROSE]


def test_an_instagram_body_above_its_view_button_and_credit_is_the_post():
    text = ("The band posted after the show.\n\nLarkmoor, you were unreal. Best night of the tour.\n\n"
            "View this post on Instagram\n\nA post shared by Halcyon Drift (@halcyondrift)\n")
    assert [r for _, r in roles_of(text)] == [PROSE, POST, BOILERPLATE, ATTRIBUTION]


def test_dated_comment_headers_count_only_inside_the_comment_section():
    text = (f"{BODY}\n\n2 Comments\n\ndre_w23 · February 22, 2025 at 11:52 pm\n\n"
            "That step-back is going to be my lock screen.\n\nReply\n")
    assert [r for _, r in roles_of(text)] == [PROSE, BOILERPLATE, BOILERPLATE, POST, BOILERPLATE]
    # Above the body the same shape is the author's line, and the body is not a comment.
    top = f"Jane Doe · March 3, 2025 at 9:00 am\n\n{BODY}\n\n{BODY}\n"
    assert [r for _, r in roles_of(top)][1:] == [PROSE, PROSE]


def test_reddit_chrome_on_one_line_and_a_neighbourhood_post_signature():
    text = ("Players were not pleased.\n\nr/Hollowreach · Posted by u/vaultgoblin_77 · 11h\n\n"
            "So the fix is to make us wait for loot?\n\n4.2k upvotes · 612 comments\n\nThe studio replied.\n")
    assert [r for _, r in roles_of(text)] == [PROSE, ATTRIBUTION, POST, ATTRIBUTION, PROSE]
    group = ("One neighbour posted:\n\nThird car this month. Lock your doors.\n\n"
             "— Kevin L., Linden Street · Alder Park Neighbors · Mar 13\n")
    assert [r for _, r in roles_of(group)] == [PROSE, POST, ATTRIBUTION]


def test_a_reader_comment_with_its_header_on_one_line_is_embedded():
    text = ("The soup keeps for four days.\n\n"
            "Dev R. · November 7, 2025 at 6:40 pm — Way too much paprika for my taste.\n")
    assert [r for _, r in roles_of(text)] == [PROSE, POST]
    # A dated sentence of the story with a dash is not a comment.
    story = "The storm hit on November 7, 2025 — a night to forget, residents said.\n"
    assert [r for _, r in roles_of("Power returned.\n\n" + story)] == [PROSE, PROSE]


def test_a_site_name_with_its_tagline_over_the_menu_is_the_masthead():
    text = ("EASTSIDE DISPATCH | Neighborhood news for Alder Park and the Flats\n\n"
            "News   Food & Drink   Schools   Events   Subscribe\n\nFood & Drink\n\n"
            f"Little Fern Café opens on Alder Street with pastries and pour-overs\n\n{BODY}")
    roles = [r for _, r in roles_of(text)]
    assert roles[:4] == [BOILERPLATE, BOILERPLATE, BOILERPLATE, HEADLINE]


def test_an_advice_columns_reader_letter_runs_to_its_signature():
    text = ("Ask the Doctor: Is ibuprofen safe?\n\nDear Dr. Okafor: I am 67 and my knees hurt.\n\n"
            "My daughter says I will ruin my stomach. Is it really so dangerous?\n\n"
            "— Worried in Westfield\n\nDear Worried: You are asking the right question.\n\n"
            "Take the lowest dose that works.\n")
    assert reader_letters(text, split_paragraphs(text)) == {1, 2, 3}
    # Without a signature under it, "Dear ...:" is the columnist's answer, not a letter; an
    # editor's signed letter that nobody answers is the page's own.
    answer = "Dear Worried: You are asking the right question.\n\nTake the lowest dose.\n"
    assert reader_letters(answer, split_paragraphs(answer)) == frozenset()
    editor = "Dear readers, this is our last issue.\n\nThank you for reading.\n\n— Maya\n"
    assert reader_letters(editor, split_paragraphs(editor)) == frozenset()


def test_a_short_section_label_over_the_headline_is_a_kicker():
    text = ("City breaks\n\nTrams, tiles and a custard tart: why Lisbon still rewards the slow "
            f"traveller\n\n{BODY}")
    roles = roles_of(text)
    assert roles[0] == ("City breaks", BOILERPLATE)
    assert roles[1][1] == HEADLINE
    # A headline written as sentences counts as the title line under the kicker when the byline
    # follows it; without one it is the lede under a short headline.
    sentences = ("Internet Culture\n\nA reader asked who built the canoe. It took a day to find "
                 f"them.\n\nBy Kasia Demming · Nov 3, 2025\n\n{BODY}")
    assert roles_of(sentences)[0][1] == BOILERPLATE
    lede = "Wind warning lifted\n\nThe agency shared its latest figures a few minutes ago.\n\nRoads are open."
    assert roles_of(lede)[0][1] == HEADLINE
    # A short headline over a long lede stays the headline, and so does one over a line of its
    # own length.
    assert roles_of(f"Storm hits\n\n{BODY}")[0][1] == HEADLINE
    assert roles_of(f"Libraries close\n\nSundays end in April\n\n{BODY}")[0][1] == HEADLINE


def test_a_more_section_heading_over_teaser_titles_claims_them():
    text = (f"Libraries lose their Sundays\n\n{BODY}\n\nMore travel\n\n"
            "48 hours in Porto: port lodges and bookshops\n\nEurope by train on a budget\n")
    assert [r for _, r in roles_of(text)][-3:] == [BOILERPLATE] * 3
    # "More rain" over prose is a subheading, not a teaser block.
    rain = f"Storm hits\n\n{BODY}\n\nMore rain\n\n{BODY}\n"
    assert [r for _, r in roles_of(rain)][-1] == PROSE


def test_an_about_block_after_the_body_is_page_furniture():
    text = (f"Libraries lose their Sundays\n\n{BODY}\n\n{BODY}\n\n{BODY}\n\n"
            "About the University of Eastmere\n\n"
            "Founded in 1889, the university serves more than 30,000 students.\n")
    assert [r for _, r in roles_of(text)][-2:] == [BOILERPLATE, BOILERPLATE]
    # Above the body it is a title, and a lower-case "About the money" is a subheading.
    top = f"About the University of Eastmere\n\n{BODY}\n"
    assert roles_of(top)[0][1] != BOILERPLATE
    sub = f"Libraries lose their Sundays\n\n{BODY}\n\nAbout the money\n\n{BODY}\n"
    assert [r for _, r in roles_of(sub)][-1] == PROSE
    # In the first half of the page an "About ..." heading is the article's own subheading.
    early = f"Libraries lose their Sundays\n\n{BODY}\n\nAbout The Plan\n\n{BODY}\n\n{BODY}\n\n{BODY}\n"
    assert [r for _, r in roles_of(early)][3] == PROSE


def test_a_sponsor_slot_claims_its_pitch():
    text = (f"{BODY}\n\nThis issue is supported by Example Credit Union. Open a savings account by "
            "March 31 and earn 4.10% APY on balances up to $10,000. Terms apply.\n\n" + BODY)
    assert tag_roles_of(text)[1] == [BOILERPLATE] * 3
    assert tag_roles_of(text)[2] == [PROSE]


def test_a_release_contact_block_and_a_signoff_signature_are_page_furniture():
    text = (f"{BODY}\n\nMedia contact:\n\nJordan Ellis, Communications Director, Office of the Mayor"
            "\n\n###\n")
    assert [r for _, r in roles_of(text)][1:] == [BOILERPLATE] * 3
    signoff = f"{BODY}\n\nThat's it for this week. Reply to this email with links.\n\n— Maya\n"
    assert [r for _, r in roles_of(signoff)][1:] == [BOILERPLATE] * 2


def test_a_verdict_paragraph_is_the_writers_rating():
    text = f"Transfer gossip\n\n{BODY}\n\nVerdict: Done by Sunday. Rovers will take the money.\n"
    assert [r for _, r in roles_of(text)][-1] == RATING
    assert [r for _, r in roles_of(f"{BODY}\n\nThe verdict was read at noon.\n")][-1] == PROSE
    prediction = f"{BODY}\n\nOur prediction: Ashford 2-1 Kingsbridge\n"
    assert [r for _, r in roles_of(prediction)][-1] == RATING
    player = f"{BODY}\n\nLeon Marsh – 9/10: Took his goal superbly and ran the midfield.\n"
    assert [r for _, r in roles_of(player)][-1] == RATING
    assert [r for _, r in roles_of(f"{BODY}\n\nCall: 555-0100 for tickets\n")][-1] != RATING


def test_reader_comments_under_their_headers_are_embedded():
    text = ("The board voted 4-3 to close the school.\n\n"
            "Marcy T. says: March 6, 2025 at 7:12 am\n\n"
            "My son went there and so did I. This board never cared about the east side.\n\n"
            "HC_Dad_of_3 says: March 6, 2025 at 9:40 am\n\nThe building really is falling apart.\n\n"
            "Leave a Reply — Your email address will not be published.\n")
    roles = [r for _, r in roles_of(text)]
    assert roles[0] == PROSE and roles[1:] == [BOILERPLATE, POST, BOILERPLATE, POST, BOILERPLATE]
    # "says:" in a sentence of the story is speech, not a comment header.
    assert [r for _, r in roles_of("The mayor says: the budget is balanced.\n")] == [PROSE]
    assert [r for _, r in roles_of("Storm hits\n\nThe mayor said:\n\nWe will rebuild.\n")][1] == PROSE


def test_signature_with_handle_under_the_article_is_a_byline_not_a_post():
    text = ("The council will vote again on June 10, when the final plan is due.\n\n"
            "Jane Roe (@janeroe)\n")
    assert [r for _, r in roles_of(text)] == [PROSE, BOILERPLATE]


def test_page_labels_itself_opinion_above_its_body():
    body = "The transit board will vote next week on a plan to raise the base fare " * 2
    for top in ("Opinion: Fares are the wrong answer", "EDITORIAL", "Op-Ed | Transit", "ANALYSIS",
                "News analysis: The fare plan leaves questions", "Columnists | Metro"):
        text = f"{top}\n\nBy Jo Park\n\n{body}"
        assert declares_opinion(text, split_paragraphs(text)), top
    teaser = f"Fares rise again\n\n{body}\n\nMost Read\nOpinion: The water plan leaves farmers behind"
    assert not declares_opinion(teaser, split_paragraphs(teaser))
    assert not declares_opinion("Analysis of the fare data shows a drop.\n\n" + body,
                                split_paragraphs("Analysis of the fare data shows a drop.\n\n" + body))
    assert not declares_opinion("Opinion polls show a tight race.\n\n" + body,
                                split_paragraphs("Opinion polls show a tight race.\n\n" + body))


EXPLAINER = ("Why is the reservoir being drained?\n\n"
             "The district began lowering the reservoir on Sept. 2 to repair a cracked outlet.\n\n"
             "What happened?\n\n"
             "Inspectors found a crack in the outlet tower in July, the district said.\n\n"
             "Why does it matter?\n\n"
             "The reservoir supplies water to about 112,000 people.")


def test_explainer_question_subheadings_are_headings():
    roles = tag_roles_of(EXPLAINER)
    assert roles[0] == [HEADLINE]            # the page title asks what the article answers
    assert roles[2] == [HEADLINE] and roles[4] == [HEADLINE]
    assert roles[1] == roles[3] == roles[5] == [PROSE]


def test_one_standalone_question_in_a_column_is_not_a_heading():
    text = ("The council voted 4-3 to close the branch library.\n\n"
            "Who exactly asked for this?\n\n"
            "Not the 600 residents who signed a petition to keep it open.")
    assert tag_roles_of(text)[1] == [PROSE]


def test_question_followed_by_a_question_is_not_a_heading():
    text = ("The plan passed on Monday.\n\nWhat changes?\n\nWho pays?\n\n"
            "The authority sets the rates.\n\nWhy now?\n\nIs it legal?")
    assert HEADLINE not in [r for para in tag_roles_of(text)[1:] for r in para]


def test_name_and_town_under_a_letter_is_its_signature():
    text = ("Give the bike lane a fair trial\n\n"
            "Six weeks is not long enough to judge a street. Let it run through the spring.\n\n"
            "Ignatius Brennan, Westfold\n\n"
            "A thank-you to the night shift\n\n"
            "The nurses were calm and kind.\n\n"
            "Hazel Okonkwo, Marrow Creek")
    roles = tag_roles_of(text)
    assert roles[2] == [BOILERPLATE] and roles[5] == [BOILERPLATE]
    # Not under a title line, and not a sentence: "Paris, Texas" is a headline there.
    assert tag_roles_of("Paris, Texas\n\nThe town voted on Monday.")[0] != [BOILERPLATE]


def test_letters_page_declares_an_opinion_genre():
    text = "Opinion › Letters to the Editor\n\nLetters: Ferry cuts and a bike lane\n\nI ride the ferry."
    assert declares_opinion(text, split_paragraphs(text))
    assert declares_opinion("Letters to the Editor\n\nI ride the ferry.",
                            split_paragraphs("Letters to the Editor\n\nI ride the ferry."))


def test_a_pseudonym_under_a_reader_letter_is_its_signature_but_a_post_attribution_is_not():
    letter = ("DEAR WREN: My brother has borrowed money six times and paid back $150.\n\n"
              "— Tapped Out in Tollbridge\n\nDEAR TAPPED OUT: Stop lending.")
    assert tag_roles_of(letter)[1] == [BOILERPLATE]
    post = ("The merchants answered within the hour.\n\nTwo years of warnings. Incredible.\n\n"
            "— Harbor Street Merchants (@HarborMerchants) March 4, 2025")
    assert tag_roles_of(post)[2] == [ATTRIBUTION]


def test_reddit_card_chrome_and_the_post_between_it():
    text = ("The post read in part:\n\nr/HelpMeFind\n\nPosted by u/barn_finder · 9d\n\n"
            "Found this canoe in the barn. Who built it?\n\n"
            "My uncle never mentioned it, and the names are carved in the seat.\n\n"
            "31.4k upvotes · 2.2k comments\n\nWithin hours, commenters had found the troop.\n")
    assert [r for _, r in roles_of(text)] == [PROSE, ATTRIBUTION, ATTRIBUTION, POST, POST,
                                              ATTRIBUTION, PROSE]


def test_tiktok_caption_above_its_handle_and_sound_lines_even_when_it_quotes_speech():
    text = ("The clip spread on Monday.\n\n"
            "the way he says “we used spruce” 😭 #canoe\n\n@moss.paddle\n\n"
            "♬ original sound – moss.paddle\n\nThat clip has drawn 5 million views.\n")
    assert [r for _, r in roles_of(text)] == [PROSE, POST, ATTRIBUTION, ATTRIBUTION, PROSE]


def test_video_title_above_the_watch_button_is_the_post():
    text = ("The troop leader was filmed seeing the canoe again.\n\n"
            "Grandpa sees his canoe for the first time in 41 years\n\nWatch on YouTube\n\n"
            "The video has been viewed 2.8 million times.\n")
    assert [r for _, r in roles_of(text)] == [PROSE, POST, BOILERPLATE, PROSE]
    # A sentence of the report above the button stays the report's.
    text2 = ("The council posted the full meeting online.\n\nWatch on YouTube\n")
    assert [r for _, r in roles_of(text2)][0] == PROSE


def test_a_dek_that_the_lede_restates_is_not_a_pull_quote():
    text = ("Keepers of the Coast\n\nThe last keeper of Skarren Head will leave the light in 2027.\n\n"
            "The last keeper of Skarren Head will leave the light in 2027, the authority said on "
            "Monday, ending two centuries of staffed watch.\n")
    assert [r for _, r in roles_of(text)][1] != BOILERPLATE


def test_a_columnists_handle_under_the_column_is_not_a_post_card():
    text = ("The council will vote again in June.\n\n"
            "Whatever it decides, the city deserves a straight answer about the money.\n\n"
            "@jroe_columns\n")
    assert POST not in [r for _, r in roles_of(text)]


def test_a_sentence_that_opens_a_list_is_not_a_list_heading():
    text = "Decree signed\n\nThe directive establishes:\n\n• A new border regime.\n"
    assert [r for _, r in roles_of(text)][1] != BOILERPLATE


def test_a_pull_quote_repeating_a_paragraph_is_layout():
    text = ("Keepers of the Coast\n\n"
            "“People ask if I am lonely,” Marrin said. “I tell them the light was never lonely, "
            "so why would I be.”\n\n"
            "“The light was never lonely, so why would I be.”\n\n"
            "The light was automated in 2016 and is monitored from Port Callow.\n")
    roles = [r for _, r in roles_of(text)]
    assert roles[2] == BOILERPLATE
    assert roles[1] == PROSE and roles[3] == PROSE
    # A short line that shares a few words with the story is not a pull quote.
    text2 = ("Keepers of the Coast\n\nThe light was never lonely.\n\n"
             "Marrin said the light was never lonely, so why would she be.\n")
    assert [r for _, r in roles_of(text2)][1] == PROSE


@pytest.mark.parametrize("line", ["★★½ out of four stars", "Rating: ★★★ (Excellent)",
                                  "Rating: 4 out of 5", "Score: 4.5 out of 5", "Grade: B+",
                                  "Verdict: 3/5"])
def test_a_rating_line_is_the_reviews_verdict(line):
    text = "Noodle Bar Review\n\nThe broth is rich and the service quick.\n\n" + line + "\n"
    assert [r for _, r in roles_of(text)][-1] == RATING


@pytest.mark.parametrize("line", ["Three out of four residents agreed.",
                                  "The vote was 4 out of 5 in favour, the clerk said."])
def test_a_count_in_prose_is_not_a_rating(line):
    text = "Council vote\n\nThe council met on Monday.\n\n" + line + "\n"
    assert [r for _, r in roles_of(text)][-1] == PROSE


def test_a_short_line_ending_in_a_colon_heads_a_list_unless_it_reports_speech():
    text = ("Bridge collapse\n\nA span fell into the river on Monday.\n\nWhat we know:\n\n"
            "• Four people were rescued.\n\nThe mayor said:\n\n“We will rebuild.”\n")
    roles = [r for _, r in roles_of(text)]
    assert roles[2] == HEADLINE
    assert roles[4] not in (HEADLINE, BOILERPLATE)


def test_comment_headers_with_a_written_out_age_count_inside_the_comment_section():
    text = (f"{BODY}\n\n3 Comments\n\njess_r · 1 hour ago\n\n"
            "Honestly the nagging to buy more storage is the worst part.\n\n"
            "old_man_tech · 45 minutes ago\n\nGood list, but I'd do the cache first.\n")
    assert [r for _, r in roles_of(text)] == [PROSE, BOILERPLATE, BOILERPLATE, POST, BOILERPLATE, POST]
    # Above the body, with no comment section, the line is the author's and the body is prose.
    top = f"Jane Doe · 2 hours ago\n\n{BODY}\n\n{BODY}\n"
    assert [r for _, r in roles_of(top)][1:] == [PROSE, PROSE]


def test_a_shopping_box_price_line_and_a_buy_the_book_line_are_page_furniture():
    assert boilerplate_line("Kestrel DualDrive 256GB — $29.99 at Amazon | Check price")
    assert boilerplate_line("Acme Kettle 2 - £40 from Argos")
    assert boilerplate_line("Buy the book: Bookshop.org | Waterstones | Amazon — The Review may "
                            "earn a commission on sales.")
    # Prices in prose, or at a place that is not a retailer's name, are the story's.
    assert not boilerplate_line("The kettle — $29.99 at Target — is a bargain.")
    assert not boilerplate_line("Prices rose — $3 at most pumps, the survey found.")
    assert not boilerplate_line("Tickets — $15 at the door")
    assert not boilerplate_line("Buyers said the book was late.")


def test_a_contact_line_with_its_label_is_page_furniture():
    assert boilerplate_line("Write to us: letters@theledger.example.com")
    assert boilerplate_line("Tips: news@harbordispatch.example.org")
    assert not boilerplate_line("He wrote to jane@example.org about the fare rise.")


def test_a_sign_up_box_title_above_its_inbox_pitch_is_page_furniture():
    text = (f"{BODY}\n\nThe Ledger Energy Briefing\n\n"
            "The week's most important energy news, in your inbox every Friday.\n\n{BODY}\n")
    assert [r for _, r in roles_of(text)] == [PROSE, BOILERPLATE, BOILERPLATE, PROSE]
    # A subheading over the body is not a box title.
    sub = f"{BODY}\n\nWhat the board decided\n\n{BODY}\n"
    assert [r for _, r in roles_of(sub)][1] == HEADLINE


def test_a_facebook_post_credit_with_the_posters_role_and_date_is_an_attribution_line():
    assert attribution_span("— Cllr Dana Okafor (Eastfield Ward), Facebook, 12 April 2025") == (0, 60)
    assert attribution_span("— Dana Okafor on Threads, April 12, 2025") is not None
    # A dash and a platform's name inside a sentence are not a credit.
    assert attribution_span("— a spokesman, Facebook said") is None
    assert attribution_span("— The mayor on X, who else") is None


def test_a_byline_with_the_reporters_place_and_a_timestamp_with_its_update_age():
    assert is_byline("By Jamie Strand at Millgate Park")
    assert is_byline("By Jane Doe in Kyiv")
    assert not is_byline("By Friday at Noon")
    assert not is_byline("By then in London")
    assert is_timestamp("June 3, 2025 9:14 AM GMT+2 · Updated an hour ago")
    assert is_timestamp("Updated an hour ago")
    assert not is_timestamp("An hour ago, the storm hit.")


def test_data_downloads_comment_counts_and_drinking_notices_are_page_furniture():
    for line in ("Download the data (CSV, 48KB)", "Download the full report",
                 "Comments (3) — Log in to join the discussion", "Log in to comment",
                 "Please drink responsibly. For facts about alcohol, visit drinkaware.co.uk"):
        assert boilerplate_line(line), line
    for line in ("Download speeds fell 10%.", "Comments from residents poured in.",
                 "Fans were urged to drink responsibly at the final, police said."):
        assert not boilerplate_line(line), line


def test_an_author_bio_naming_the_outlet_with_its_follow_line_is_page_furniture():
    text = (f"{BODY}\n\nFiona Hale is The Weekend's wine columnist. Follow her on Instagram "
            "@fionahalewine\n")
    assert tag_roles_of(text)[1] == [BOILERPLATE, BOILERPLATE]


def test_a_critics_scored_note_is_a_rating():
    text = (f"{BODY}\n\nQuinta Seca Vinho Verde 2024, £9.50, Waitrose. A gentle prickle and green "
            "apple. Lovely with grilled sardines. 88/100\n")
    assert [r for _, r in roles_of(text)] == [PROSE, RATING]
    # A figure inside a sentence, or a sentence that ends with its period, is not a mark.
    plain = f"{BODY}\n\nThe index rose to 52/100 in May, the survey found.\n"
    assert [r for _, r in roles_of(plain)] == [PROSE, PROSE]


def test_a_live_pages_entry_above_an_embedded_post_stays_the_writers():
    text = (f"{BODY}\n\n27' Achterberg heads over from six yards out. How?\n\n"
            "Best atmosphere of the season, no contest. #ARFC\n\n"
            "— Ashcombe Rovers FC (@AshcombeRovers) March 9, 2024\n")
    assert [r for _, r in roles_of(text)] == [PROSE, PROSE, POST, ATTRIBUTION]
    # Without the minute mark, a short paragraph above is the post's first paragraph.
    text2 = text.replace("27' ", "")
    assert [r for _, r in roles_of(text2)] == [PROSE, POST, POST, ATTRIBUTION]


def test_a_broadcast_transcript_hosts_turns_are_speech_and_list_lines_are_not_turns():
    text = ("Phone-in: the bus lane\n\nTranscript\n\n"
            "HOST: Good morning. Councillor, thanks for coming in.\n\n"
            "CLLR PRYCE: Thanks for having me. The trial started in March.\n\n"
            "HOST: Thanks, Janet. Marcus is on line two.\n\n"
            "MARCUS: It is the best thing the council has done.\n\n"
            "HOST: When do people get a final say?\n\n"
            "CLLR PRYCE: The consultation is open until February.")
    roles = tag_roles_of(text)
    assert roles[2] == [ANSWER, ANSWER]          # the host's words, recorded
    assert roles[4] == [ANSWER, ANSWER]          # not a podcast's "Host: <names>" credit
    assert roles[6] == [QUESTION]
    # Without the "Transcript" heading the questioner is the journalist (see TRANSCRIPT).
    assert tag_roles_of(TRANSCRIPT)[2] == [PROSE, QUESTION]
    # "Pros:" / "Cons:" lines alternate like turns but are not speech.
    box = ("Best kettles\n\nThe Aldane 2\n\nPros: fast; quiet\n\nCons: pricey; heavy\n\n"
           "The Corvo 1\n\nPros: cheap; light\n\nCons: loud; handle gets warm")
    assert ANSWER not in [role for para in tag_roles_of(box) for role in para]


def test_the_line_right_above_a_post_credit_is_its_body_even_when_it_reports_speech():
    text = (f"{BODY}\n\nSo proud of this team. We shipped the sync everyone said was impossible.\n\n"
            "— João Almeida, Engineering Manager · LinkedIn · 6h\n")
    assert [r for _, r in roles_of(text)] == [PROSE, POST, ATTRIBUTION]
    # Naming the platform ("wrote on Threads that ...") introduces the post instead.
    intro = (f"{BODY}\n\nThe council wrote on Threads that the plan would raise prices.\n\n"
             "— Harbor Council (@harborcouncil) March 3, 2025\n")
    assert [r for _, r in roles_of(intro)] == [PROSE, PROSE, ATTRIBUTION]


def test_a_readers_signed_question_in_a_columns_q_and_a_is_the_readers():
    text = (f"{BODY}\n\nQ: My rhubarb produced only thin stalks. What am I doing wrong?\n"
            "– Glenys, Abergavenny\n\nA: Twelve years is a good innings, Glenys; divide the crown.\n")
    paragraphs = split_paragraphs(text)
    assert {text[paragraphs[i][0]:paragraphs[i][1]][:2] for i in reader_letters(text, paragraphs)} <= {"Q:", "– "}
    assert 1 in reader_letters(text, paragraphs)
    inline = text.replace("?\n– Glenys", "? – Glenys")
    assert reader_letters(inline, split_paragraphs(inline)) == {1}
    # An unsigned question, or one nobody answers, is not a reader's letter.
    unsigned = f"{BODY}\n\nQ: What am I doing wrong?\n\nA: Divide the crown.\n"
    assert reader_letters(unsigned, split_paragraphs(unsigned)) == frozenset()
    unanswered = f"{BODY}\n\nQ: What am I doing wrong?\n– Glenys, Abergavenny\n\n{BODY}\n"
    assert reader_letters(unanswered, split_paragraphs(unanswered)) == frozenset()


@pytest.mark.parametrize("line", [
    "Fri 14 Mar 2025 11.42 GMT · Last modified on Fri 14 Mar 2025 16.05 GMT",
    "▶ Play   00:00 / 14:32   🔊 Volume   1x Speed   ⤓ Download",
    "[Travel news and adverts removed from this transcript]", "[Music]",
    "Have your say: text WYVERN followed by your message to 81046",
    "From: Alder Hill Residents' Association <news@alderhill.example.org>",
    "Hello neighbours,", "In this issue", "Listen again",
    "Next week: why I've given up on growing carrots, and what I grow instead.",
    "Rowan Fellows. Photograph: Sam Ockley for the Weekend Gazette", "Photo: Jane Doe/Reuters",
    "Shows › The Morning Line with Dev Marsh",
    "Alder Hill Residents' Association, c/o 14 Vicarage Road, Alder Hill",
])
def test_page_furniture_of_broadcast_newsletter_and_column_pages(line):
    assert boilerplate_line(line)


@pytest.mark.parametrize("line", [
    "Play resumed at 3:15 / 4:00 pm.", "He said: [the mayor] would resign.",
    "Hi there, it was a good game, he said.", "The photo: a man in the rain.",
    "Varga's Interior With Open Window (1968), one of 74 works in the show. Photograph: Corran Gallery",
    "News › Council votes to close libraries on Sundays from April onward, the clerk said",
    "Have your say at the public hearing on May 3 at City Hall.",
])
def test_prose_near_the_broadcast_and_newsletter_shapes_is_not_furniture(line):
    assert not boilerplate_line(line)


def test_listen_again_claims_the_replay_links_under_it():
    text = (f"{BODY}\n\nListen again\n\n▶ The Morning Line, Tuesday 4 February – full show\n\n"
            "▶ Phone-in: Wenham library opening hours (28 January)\n")
    assert [r for _, r in roles_of(text)] == [PROSE] + [BOILERPLATE] * 3


def test_a_data_tables_rows_are_not_a_menu_and_a_critics_scorecard_is_a_rating():
    assert not is_navigation("Dow Jones Industrial Average | 43,518.22 | -312.40 | -0.71%")
    assert not is_navigation("10-year Treasury yield | 4.52% | +0.07 pts | n/a")
    assert is_navigation("News | Sport | Weather | Opinion")
    assert is_navigation("Home | 2024 | Archive")
    text = f"{BODY}\n\nFood 3/10 | Atmosphere 4/10 | Service 5/10\n"
    assert [r for _, r in roles_of(text)] == [PROSE, RATING]


def test_an_obituary_guestbook_and_a_paid_notice_are_page_furniture():
    text = (f"{BODY}\n\nGuestbook\n\n48 candles lit · 31 messages\n\n"
            "Posted by Alan & June Pryce, Fenwick · 7 March 2025\n\n"
            "So sorry to hear this. Ted taught me to ring bells when I was twelve.\n\n"
            "View all 31 messages\n")
    assert [r for _, r in roles_of(text)] == [PROSE, BOILERPLATE, BOILERPLATE, BOILERPLATE, POST, BOILERPLATE]
    assert boilerplate_line("PAID NOTICE — placed by the family")
    # Above the body, with no guestbook, a "Posted by ... · date" line claims nothing under it.
    top = f"Posted by Alan Pryce · 7 March 2025\n\n{BODY}\n\n{BODY}\n"
    assert [r for _, r in roles_of(top)][1:] == [PROSE, PROSE]


@pytest.mark.parametrize("line", [
    "Published 4 June · 8 min read", "Updated June 4 at 9:30am", "Show more", "Show more updates",
    "Log in or register to add your comment", "Issue #187 — Thursday 6 June 2024",
    "Subscriber-only content. Please do not forward or share.",
    "Risk warning: The value of investments and the income from them can fall.",
])
def test_live_page_buttons_newsletter_issue_lines_and_risk_warnings_are_furniture(line):
    assert boilerplate_line(line)


@pytest.mark.parametrize("line", [
    "4 June", "Show more restraint, the judge told him.", "Issue 4 of the report was contested.",
])
def test_prose_like_the_live_page_shapes_is_not_furniture(line):
    assert not boilerplate_line(line)


def test_a_post_credit_with_a_day_and_no_year_is_an_attribution_line():
    assert attribution_span("— Ruth Adeyemi MP (@RuthAdeyemiMP) March 12") == (0, 43)


@pytest.mark.parametrize("line", [
    "( ) Her best yet  ( ) Good, not great  ( ) Disappointing  [Vote]", "1,482 votes · Poll closes 10 March",
    "More reviews: Copper Fields – Live at the Corn Exchange | The Marlows", "Share  Email  Save for later",
    "BUY THE NEW KIT: Get FERREIRA 8 printed on your home shirt.",
    "Watch: Tomás Ferreira's first interview, exclusively on RoversTV",
    "Your first name or pseudonym [          ]  Your question [          ]  [Send]",
    "Write to Marguerite in confidence at askmarguerite@ledger.example",
    "Use Signal on +44 7700 900418 or email tips@ledger.example. Our team reads every message.",
    "By Priya Ratnam, Senior Mobile Editor | Last updated 18:42 BST, Tuesday",
])
def test_polls_forms_tip_lines_and_teasers_are_page_furniture(line):
    assert boilerplate_line(line) or [r for _, r in roles_of(f"{BODY}\n\n{line}\n")][1] == BOILERPLATE


@pytest.mark.parametrize("line", [
    "12 votes short of a majority, the bill failed.", "More than 1,000 votes were cast.",
    "More importantly: the vote was close.", "Watch: the storm hit at noon. Residents fled.",
    "He wrote to Smith at the council about it.",
])
def test_prose_like_polls_and_teasers_is_not_furniture(line):
    assert not boilerplate_line(line)


def test_a_polls_question_above_its_options_and_a_best_track_line():
    text = (f"{BODY}\n\nWhat's your verdict on Salt Year?\n\n"
            "( ) Her best yet  ( ) Good, not great  ( ) Disappointing\n\n"
            "Best track: Ferry Money | Skip: Harbour Lights\n")
    assert [r for _, r in roles_of(text)] == [PROSE, BOILERPLATE, BOILERPLATE, RATING]


def test_a_releases_label_end_mark_and_notes_heading_and_a_polls_results():
    for line in ("ENDS", "-ENDS-", "News release", "Notes to editors"):
        assert boilerplate_line(line), line
    for line in ("The talks ends today.", "Press release issued by the mayor on Monday."):
        assert not boilerplate_line(line), line
    # A poll's results are data, not a menu; a ticker's moves stay page chrome.
    assert not is_navigation("Moreno-Tate 44% · Ashdown 39% · Neither/don't know 17%")
    assert is_navigation("CON500 5,412.66 ▼ 1.80% | KIA 38,905.12 ▼ 1.07% | NXQ 17,220.40 ▼ 2.61%")


@pytest.mark.parametrize("line", [
    "From: Department for Home Energy and Net Zero", "Is this page useful? Yes / No",
    "3 thoughts on “Journal retracts muscle-ageing paper”",
    "Stream it: The Quiet Coast is on Nexaflix, from £5.99 a month with adverts",
    "Watch on StreamBox: Entertainment Pass £9.99 a month. Get the offer",
    "2. Media enquiries: Press Office, 020 7946 0321",
])
def test_government_page_furniture_comment_counts_and_streaming_offers(line):
    assert boilerplate_line(line)


@pytest.mark.parametrize("line", [
    "From: 1 April, fares will rise.", "Watch it: the ending is brutal.",
    "From: the mayor's office, a statement.",
])
def test_prose_like_government_furniture_and_streaming_offers_is_not_furniture(line):
    assert not boilerplate_line(line)


def test_a_commenter_line_with_a_dash_and_date_counts_under_the_comment_section():
    text = (f"{BODY}\n\n3 thoughts on “Council votes”\n\nBlueSinceBirth82 — 9 Nov 2025 at 10:14\n\n"
            "Spot on. The board never listens.\n")
    assert [r for _, r in roles_of(text)] == [PROSE, BOILERPLATE, BOILERPLATE, POST]
    # A commenter's header and text on one line are embedded, like a post.
    inline = f"{BODY}\n\ntidewatcher_88 · 2h ago: Heard it twice and the closing track is the best thing on it.\n"
    assert [r for _, r in roles_of(inline)][1] == POST


# ------------------------------------------------------------------ twenty-eighth blind batch
def test_a_run_of_player_marks_is_a_rating_and_one_such_line_is_not():
    marks = ("Tom Reddy 7 – No chance with the penalty and a fine late save.\n\n"
             "Luke Barnard 5 – Gave away the penalty with a needless lunge.\n\n"
             "Sub: Danny Okafor 9 – Two goals in 33 minutes.\n")
    text = f"{BODY}\n\nPlayer ratings\n\n{marks}"
    assert [r for _, r in roles_of(text)][-3:] == [RATING, RATING, RATING]
    one = f"{BODY}\n\nRoute 9 – Closed between the bridge and the depot until Friday.\n"
    assert [r for _, r in roles_of(one)] == [PROSE, PROSE]


@pytest.mark.parametrize("line", [
    "You might also like: Three days on the coast without a car | The best seaside bookshops",
    "More on Castlebridge Town: Kingsmead v Castlebridge: team news | Okafor signs new deal",
    "This discussion is now closed for comments.",
    "Maggie regrets she cannot reply to every letter personally.",
    "By writing to us you agree that we may share your details with the company concerned.",
    "Write to Maggie Ferro, Put It Right, The Northern Standard, 14 Quayside House, Newcastle "
    "NE1 3QX, or email putitright@example.co.uk. Please include a daytime phone number and copies, "
    "not originals, of any documents.",
])
def test_teaser_lists_closed_threads_and_a_columns_contact_notices_are_boilerplate(line):
    assert boilerplate_line(line)


@pytest.mark.parametrize("line", [
    "Pros: light | cheap",
    "The thread is closed at the top with a knot.",
    "The minister regrets she cannot attend the hearing, her office said.",
])
def test_lookalikes_of_those_notices_are_not_boilerplate(line):
    assert not boilerplate_line(line)


def test_most_viewed_in_a_section_heads_a_teaser_block():
    assert is_section_heading("Most viewed in Opinion")
    assert not is_section_heading("Most viewed videos were about the storm in the capital")


def test_a_writers_job_line_beside_the_byline_and_their_bio_are_page_furniture():
    text = ("Minister finds the trains\n\nHugo Aldous\n\nParliamentary sketchwriter\n\n"
            "Wed 12 Jun 2024 18.42 BST\n\n" + BODY + "\n\n"
            "Hugo Aldous is the Ledger's parliamentary sketchwriter. His new book is out now.\n")
    roles = [r for _, r in roles_of(text)]
    assert roles[1:4] == [BOILERPLATE, BOILERPLATE, BOILERPLATE]
    assert roles[-1] == BOILERPLATE
    # A job line inside the story, and the bio of someone the byline does not name, stay prose.
    other = (f"{BODY}\n\nParliamentary sketchwriter\n\n{BODY}\n\n"
             "Ann Reyes is the Ledger's chief political correspondent. Her book is out now.\n")
    assert BOILERPLATE not in [r for _, r in roles_of(other)]


def test_a_shared_posts_credit_under_its_introduction_closes_the_post():
    text = (f"{BODY}\n\nOwner Karen Mills posted the news on a local community group:\n\n"
            "SHE'S HOME!!! Biscuit is back on the sofa. Thank you all.\n\n"
            "Karen Mills · 10 November at 21:04 · Harrowfield Community Noticeboard\n")
    assert [r for _, r in roles_of(text)] == [PROSE, PROSE, POST, ATTRIBUTION]
    # Without the introduction, the same line is a commenter's header: boilerplate.
    bare = text.replace("Owner Karen Mills posted the news on a local community group:\n\n", "")
    assert [r for _, r in roles_of(bare)][-1] == BOILERPLATE


def test_a_letter_signed_name_and_town_and_answered_by_first_name_is_the_readers():
    text = ("This week Derek Lomax writes:\n\n"
            "Dear Maggie, in September we paid £1,249 for a sofa.\n\n"
            "I am furious. Surely a sofa should last more than four months?\n\n"
            "Derek Lomax, Pontefract\n\n"
            "Derek, I'm sorry you have been put through this.\n")
    assert reader_letters(text, split_paragraphs(text)) == {1, 2, 3}
    # An answer that does not address the signer leaves the letter the page's own.
    other = text.replace("Derek, I'm sorry", "Retailers, take note")
    assert reader_letters(other, split_paragraphs(other)) == frozenset()


def test_a_sign_up_boxs_pitch_before_its_form_is_the_box():
    text = (f"{BODY}\n\nWanderline Weekend: our favourite short breaks, in your inbox every Friday. "
            "Enter your email address   Sign up\n")
    assert tag_roles_of(text)[1] == [BOILERPLATE, BOILERPLATE]
    # The same words before a sentence of the story stay the story's.
    story = (f"{BODY}\n\nA fake refund email may already be in your inbox. Police said the "
             "messages began on Monday.\n")
    assert tag_roles_of(story)[1] == [PROSE, PROSE]


def test_a_questionnaires_numbered_question_is_posed_not_rhetorical():
    text = (f"{BODY}\n\nQuestion 3: Why should voters choose you?\n\n{BODY}\n")
    assert [r for _, r in roles_of(text)] == [PROSE, HEADLINE, PROSE]
    # A question in the writer's own prose keeps its role.
    from slant.structure import _NUMBERED_QUESTION
    assert not _NUMBERED_QUESTION.match("Why should voters choose you?")
    assert not _NUMBERED_QUESTION.match("Question 3: the council's answer was no.")


# ------------------------------------------------------------------ twenty-ninth blind batch
@pytest.mark.parametrize("line", [
    "By Harriet Okonjo · Medically reviewed by Dr. Samuel Reyes · Updated 14 March 2025 · 9 min read",
    "SunLeaf Vegan D3 10µg, 90 gummies — £8.99 — Best value — Buy now at Healthmart",
    "If you buy through links on this page, we may earn a commission.",
    "Disclaimer: This article is for general information only and is not medical advice.",
    "Prices correct at time of publication.",
    "SHOP SUPPLEMENTS",
    "POLL: Should the manager be sacked?",
])
def test_health_page_shopping_and_poll_furniture_is_boilerplate(line):
    assert boilerplate_line(line)


@pytest.mark.parametrize("line", [
    "Shop owners said prices rose in March.",
    "The kettle costs £25 — buy it if you can.",
    "Reviewed by the council, the plan was approved.",
    "Jane Smith (Lab) – 2,814 votes (63%)",
])
def test_lookalikes_of_shop_byline_and_poll_lines_are_not_boilerplate(line):
    assert not boilerplate_line(line)


def test_a_polls_results_beside_its_question_are_boilerplate_and_an_elections_are_not():
    poll = (f"{BODY}\n\nPOLL: Should the manager be sacked?\n\nYes – 2,814 votes (63%)\n\n"
            "No – 1,652 votes (37%)\n")
    assert [r for _, r in roles_of(poll)] == [PROSE, BOILERPLATE, BOILERPLATE, BOILERPLATE]
    result = (f"{BODY}\n\nJane Smith (Lab) – 2,814 votes (63%)\n\nTom Ray (Con) – 1,652 votes (37%)\n")
    assert BOILERPLATE not in [r for _, r in roles_of(result)]


def test_a_disclaimers_advice_and_a_short_lead_in_to_an_affiliate_notice_are_the_notices():
    text = (f"{BODY}\n\nDisclaimer: This article is for general information only and is not a "
            "substitute for professional advice. Always speak to a qualified healthcare "
            "professional before starting any supplement.\n\n"
            "We independently select the products we mention. If you buy through links on this "
            "page, we may earn a commission. Learn more about how we work.\n")
    roles = tag_roles_of(text)
    assert roles[1] == [BOILERPLATE, BOILERPLATE]
    assert roles[2] == [BOILERPLATE, BOILERPLATE, BOILERPLATE]
    # The same advice after a sentence of the article is the article's.
    plain = (f"{BODY}\n\nMost adults need no more than 10 micrograms a day. Always speak to a "
             "qualified healthcare professional before starting any supplement.\n")
    assert tag_roles_of(plain)[1] == [PROSE, PROSE]


def test_an_embeds_reach_closes_its_credit_line():
    for line in ("— @kaiiden.streams on TikTok · 2.1M views", "— @sleepy_uk on Instagram · 88K likes"):
        assert attribution_span(line) == (0, len(line))


def test_comments_under_a_sort_widget_are_claimed():
    text = (f"{BODY}\n\nComments (87) · Sort by: Newest | Oldest\n\ncraneparkchris · 4 hours ago\n\n"
            "With respect, we've given him six months and gone backwards.\n\nReply · 96 likes\n")
    assert [r for _, r in roles_of(text)][1:] == [BOILERPLATE, BOILERPLATE, POST, BOILERPLATE]


def test_a_qa_sidebars_unlabelled_answers_are_the_interviewees():
    qa = ("Q&A: the curator\n\nWhat was the hardest part of the project?\n\n"
          "Deciding what to leave out. We asked ourselves which stories only this museum can tell.\n\n"
          "What should first-time visitors not miss?\n\n"
          "Go and see the loom running. The noise is incredible.\n")
    text = f"{BODY}\n\n{qa}"
    roles = tag_roles_of(text)
    assert roles[3] == [ANSWER, ANSWER] and roles[5] == [ANSWER, ANSWER]
    # Without the Q&A heading, question subheadings over the writer's own prose stay prose.
    plain = text.replace("Q&A: the curator", "The curator")
    assert ANSWER not in [r for para in tag_roles_of(plain) for r in para]


# ------------------------------------------------------------------ thirtieth blind batch
def test_a_facebook_post_opened_by_its_header_under_its_introduction():
    text = (f"{BODY}\n\nWes Tandy posted on Facebook as he drove out:\n\n"
            "Wes Tandy · August 9 at 2:14 PM · 🌎\n\n"
            "We got the horses out. Pray for Granite Valley tonight.\n\n"
            "1.2K reactions · 387 comments · 2.4K shares\n\n{BODY}\n")
    roles = [r for _, r in roles_of(text)]
    assert roles[1:5] == [PROSE, ATTRIBUTION, POST, BOILERPLATE]
    assert roles[5] == PROSE  # the story resumes after the post's counts
    # Without an introduction the dated line opens nothing.
    bare = text.replace("Wes Tandy posted on Facebook as he drove out:\n\n", "")
    assert ATTRIBUTION not in [r for _, r in roles_of(bare)]


@pytest.mark.parametrize("line", [
    "Find showtimes near you ›", "▶ Watch: “The Salt Lantern” official trailer (2:16)", "Where to watch",
    "SEND US YOUR QUESTION", "Key events",
    "Daniel Ferreira and Aisha Bakhtiar, at Calderbridge Leisure Centre",
    "Comments (212) — Join the discussion · © Calderbridge Evening Post 2029 · Privacy · Terms · Contact",
    "The Northern Ledger — Business | Markets | Companies | Economy | Opinion | Sign in",
])
def test_review_live_blog_and_column_furniture_is_boilerplate(line):
    assert boilerplate_line(line) or is_navigation(line)


def test_a_rating_line_may_name_the_outlet():
    text = f"{BODY}\n\nReelPulse rating: ★★★½ (3.5 out of 5)\n"
    assert [r for _, r in roles_of(text)] == [PROSE, RATING]
    assert [r for _, r in roles_of(f"{BODY}\n\nReelPulse rating: mostly on time.\n")] == [PROSE, PROSE]


def test_a_paragraph_opened_by_an_information_only_notice_is_the_disclaimer():
    text = (f"{BODY}\n\nThis column is for general information only and does not constitute "
            "regulated financial advice. Tax rules can change. If you are unsure, speak to an "
            "authorised financial adviser.\n")
    assert tag_roles_of(text)[1] == [BOILERPLATE] * 3


def test_a_policy_box_after_the_body_is_the_sites():
    long = " ".join([BODY] * 2)
    text = (f"{long}\n\n" * 6 + "LETTERS POLICY — WRITE TO US\n\n"
            "We welcome letters on any subject. Email the editor.\n\n"
            "Letters should be no longer than 300 words and must include your full name.\n")
    assert [r for _, r in roles_of(text)][6:] == [BOILERPLATE] * 3
    # The same words in the body's opening lines are not the box.
    early = (f"Write to us\n\nWe welcome letters on any subject.\n\n{long}\n")
    assert [r for _, r in roles_of(early)][1] != BOILERPLATE


def test_a_masthead_over_the_menu_before_a_long_headline():
    text = ("Calderbridge Evening Post\n\nNews | Politics | Sport | Business | Sign in\n\n"
            "General election 2029 live: Greens take Ravensmoor and Lib Dems win Calderbridge "
            "South as Conservatives lose both local seats\n\n" + " ".join([BODY] * 2) + "\n")
    assert [r for _, r in roles_of(text)][0] == BOILERPLATE


# ------------------------------------------------------------------ thirty-first blind batch
@pytest.mark.parametrize("line", [
    "Prices and opening hours were correct at the time of our visits and may change.",
    "You might also like: Millbridge's best Sunday roasts · Where to eat near the station",
    "○ Tuesday   ○ Wednesday   ○ Sunday evenings specifically   [Vote]   View results",
    "Enjoyed this? Share it with someone who hates Mondays:   Facebook   X   WhatsApp   Copy link",
    "Have you been affected by the rail works? Email newsdesk@example.co.uk",
    "Plan your journey",
])
def test_guide_poll_share_and_call_out_furniture_is_boilerplate(line):
    assert boilerplate_line(line)


@pytest.mark.parametrize("line", [
    "Have you been affected by the closures, the minister asked the chamber?",
    "She planned your journey, the driver said.",
    "Share prices rose 3% on Monday.",
])
def test_lookalikes_of_guide_and_call_out_lines_are_not_boilerplate(line):
    assert not boilerplate_line(line)


def test_a_sponsors_notice_paragraph_is_the_notice():
    text = (f"{BODY}\n\nSponsored content: This guide is supported by Harland Butchers. Our critic "
            "chose every venue independently. The sponsor had no say in the rankings.\n")
    assert tag_roles_of(text)[1] == [BOILERPLATE] * 3


def test_a_sites_tagline_between_its_name_and_its_menu():
    text = ("THE WEEKLY PIGEON\n\nBritain's Most Trusted Source of News That Isn't True\n\n"
            "Home   Politics   Local   Business   Science   Sport\n\n"
            "Council votes to abolish Mondays\n\n" + " ".join([BODY] * 2) + "\n\n"
            "© 2025 The Weekly Pigeon\n")
    roles = [r for _, r in roles_of(text)]
    assert roles[1] == BOILERPLATE and roles[3] == HEADLINE


# ------------------------------------------------------------------ thirty-second blind batch
@pytest.mark.parametrize("line", [
    "Choose an amount: £15 | £40 | £120 | Other amount",
    "Or text HEARTH 10 to 70123 to give £10. Texts cost £10 plus one standard-rate message.",
    "Boost your donation by 25p of Gift Aid for every £1 you donate.",
    "Hearth & Home is a registered charity (No. 1187342). The Gazette takes no fee from donations.",
    "All times local (AEDT). Schedule subject to change because of weather delays.",
    "Send your questions",
    "Please include your first name and town, and a photo if you can.",
])
def test_appeal_schedule_and_column_furniture_is_boilerplate(line):
    assert boilerplate_line(line)


@pytest.mark.parametrize("line", [
    "Hearth & Home is a registered charity that helps families into homes.",
    "All times were slower this year than last.",
    "Text messages to the helpline doubled, the charity said.",
])
def test_lookalikes_of_appeal_and_schedule_lines_are_not_boilerplate(line):
    assert not boilerplate_line(line)


def test_a_name_beside_a_timestamp_with_a_reading_time_is_the_byline():
    text = ("Why won't my wisteria flower?\n\nHugh Penrose\n\n"
            "Saturday 12 October 2024, 6:00am · 6 min read\n\n" + " ".join([BODY] * 2) + "\n")
    assert [r for _, r in roles_of(text)][1] == BOILERPLATE


# ------------------------------------------------------------------ thirty-third blind batch
@pytest.mark.parametrize("line", [
    "NEXT MATCH | Harwick Town v Stallbridge Rovers | Saturday 18 October, 3pm | The Kilnworks | Buy tickets",
    "Matchday tickets: Adults £16 | Concessions £11 | Under-18s £5 | Under-11s free with a paying adult.",
    "View all fixtures", "Fixtures", "Load earlier updates",
    "Send us your pictures and videos: email pictures@example.co.uk or WhatsApp 07700 900123.",
    "Sign up to The Dram Ledger's weekly auction bulletin for results and previews every Friday.",
])
def test_club_site_and_live_page_furniture_is_boilerplate(line):
    assert boilerplate_line(line)


@pytest.mark.parametrize("line", [
    "Tickets: £12 from the box office, the theatre said.",
    "The next match is on Saturday against the league leaders.",
    "Fixtures were postponed because of the storm.",
    "Readers sent us their pictures of the flooded promenade.",
])
def test_lookalikes_of_club_and_live_furniture_are_not_boilerplate(line):
    assert not boilerplate_line(line)


def test_fixture_rows_under_their_heading_are_the_widgets():
    text = (f"{BODY}\n\nFixtures\n\nSat 18 Oct 15:00 | Harwick Town v Stallbridge Rovers | League | Tickets\n\n"
            "Tue 21 Oct 19:45 | Penlow Athletic v Harwick Town | League | Travel info\n")
    assert [r for _, r in roles_of(text)][1:] == [BOILERPLATE] * 3


@pytest.mark.parametrize("line", [
    "How did you do? Share your score: Facebook | X | WhatsApp",
    "Scroll down for the answers. No peeking.",
    "Comments on this article are moderated. Please read our community guidelines before posting.",
    "More quizzes",
    "Read the full FCDO travel advice for Tarvessa on GOV.UK",
    "Are you in Tarvessa or have your travel plans been affected? Email travel@example.co.uk",
])
def test_quiz_and_advisory_furniture_is_boilerplate(line):
    assert boilerplate_line(line)


def test_a_quiz_question_over_its_options_is_posed_not_rhetorical():
    text = (f"{BODY}\n\n1. A runaway alpaca spent two days on the loose. Where was she found?\n"
            "A) In the churchyard\nB) On the golf course\n")
    roles = [r for _, r in roles_of(text)]
    assert roles[1] == HEADLINE and roles[2:] == [PROSE, PROSE]
    # Without options under it, the numbered question is read as the writer's.
    plain = f"{BODY}\n\n1. Why did the council wait so long to act on the report?\n{BODY}\n"
    assert [r for _, r in roles_of(plain)][1] == PROSE
    from slant.structure import _QUIZ_OPTION
    assert not _QUIZ_OPTION.match("At the meeting, the council voted.")


# ------------------------------------------------------------------ thirty-fourth blind batch
@pytest.mark.parametrize("line", [
    "Skip X post by Joanna Pryce MP", "End of X post by Joanna Pryce MP", "Skip Instagram content",
    "▶ Watch the report: Rachel Okafor speaks to workers at the factory gates (2:48)",
])
def test_an_embeds_own_chrome_and_a_video_line_are_boilerplate(line):
    assert boilerplate_line(line)


def test_lookalikes_of_embed_chrome_are_not_boilerplate():
    for line in ("Workers watched the report in silence.", "The end of X posts came in 2023, the firm said."):
        assert not boilerplate_line(line), line


def test_a_masthead_and_its_tagline_over_the_menu():
    text = ("The Calder Chronicle\n\nCalder University's independent student newspaper since 1921\n\n"
            "News | Opinion | Arts & Culture | Sports | Features\n\n"
            "Hundreds rally over planned fee increase\n\n" + " ".join([BODY] * 2) + "\n")
    roles = [r for _, r in roles_of(text)]
    assert roles[:3] == [BOILERPLATE] * 3 and roles[3] == HEADLINE
    # Without a menu under it, the second line is the page's own (here, a headline or prose).
    plain = text.replace("News | Opinion | Arts & Culture | Sports | Features\n\n", "")
    assert [r for _, r in roles_of(plain)][1] != BOILERPLATE


@pytest.mark.parametrize("line", [
    "Thursday 21 November 2024 · 14:12 · Last modified 16:47",
    "[ Buy Bitcoin ]  [ Buy Ether ]  Partner offer from Brightcoin · Ad",
    "Terms apply.", "Offer from Novaswap for new customers only.",
    "Do you have memories of the Regal or any of the town's lost cinemas? Share them with us",
])
def test_affiliate_buttons_fine_print_and_call_outs_are_boilerplate(line):
    assert boilerplate_line(line)


def test_a_risk_warning_paragraph_and_buttons_running_into_their_fine_print():
    text = (f"{BODY}\n\nRisk warning: Cryptocurrencies are highly volatile and you could lose all of "
            "the money you invest. Always do your own research before investing.\n\n"
            "[ Buy Bitcoin now ]  [ Compare exchanges ]\n*Sponsored. Terms apply.\n")
    roles = tag_roles_of(text)
    assert roles[1] == [BOILERPLATE, BOILERPLATE]
    assert set(roles[2]) == {BOILERPLATE}
    # A prose line under a button line keeps its sentences.
    story = f"{BODY}\n\n[ Buy Bitcoin now ]\nPrices fell 4% on Monday, the exchange said.\n"
    assert PROSE in [r for para in tag_roles_of(story)[1:] for r in para]


# ------------------------------------------------------------------ thirty-fifth blind batch
@pytest.mark.parametrize("line", [
    "Comments have been switched off on this article because legal proceedings are active.",
    "Posted on 2 April 2025 by BRA Committee | Category: Newsletters",
    "Filed under: Planning, Transport",
])
def test_switched_off_comments_and_post_categories_are_boilerplate(line):
    assert boilerplate_line(line)


def test_a_masthead_over_the_menu_before_a_quoted_headline():
    text = ("The Wayfarer\n\nHome | News | Opinion | Life & Style | Money\n\n"
            "‘My manager humiliates me in front of the team and HR says it's just banter’\n\n"
            + " ".join([BODY] * 2) + "\n")
    assert [r for _, r in roles_of(text)][0] == BOILERPLATE
    # A quotation that closes a sentence is no headline: the line above it stays.
    said = text.replace("just banter’", "just banter.’")
    assert [r for _, r in roles_of(said)][0] != BOILERPLATE


# ------------------------------------------------------------------ thirty-sixth blind batch
@pytest.mark.parametrize("line", [
    "Posted by the Communications Team",
    "Editor's note: The views expressed in this article are the author's own.",
    "❤️ 164 · 💬 92 replies", "♡ 1.4K · 💬 212 · View on Threads",
    "Do you live near the proposed site? Tell us what you think – email news@example.co.uk",
    "♡ Save to my list", "Book a table", "Comments (1,204)",
])
def test_post_reactions_views_disclaimers_and_booking_buttons_are_boilerplate(line):
    assert boilerplate_line(line)


@pytest.mark.parametrize("line", [
    "Posted by the council in 2019, the notice was ignored.",
    "The views expressed at the meeting were mixed.",
    "10 · 20 · 30",
    "Book sales rose 4% last year.",
])
def test_lookalikes_of_reactions_and_booking_lines_are_not_boilerplate(line):
    assert not boilerplate_line(line)


def test_a_threads_post_opened_by_its_handle_and_age_under_its_introduction():
    text = (f"{BODY}\n\nA consumer journalist highlighted the rise in a post on Threads:\n\n"
            "hannahcorrigan.money · 2h\n\n"
            "Standing charges up AGAIN. Absolute scandal.\n\n"
            "♡ 1.4K · 💬 212 · View on Threads\n\n{BODY}\n")
    roles = [r for _, r in roles_of(text)]
    assert roles[1:5] == [PROSE, ATTRIBUTION, POST, BOILERPLATE]
    # In a comment section, the same header line opens a reader's comment.
    comments = text.replace("A consumer journalist highlighted the rise in a post on Threads:", "Comments (3)")
    assert ATTRIBUTION not in [r for _, r in roles_of(comments)]


# ------------------------------------------------------------------ thirty-seventh blind batch
@pytest.mark.parametrize("line", [
    "Purchase Licensing Rights, opens new tab",
    "Where to stream tonight's picks: BBC iPlayer | Channel 4 streaming | ITVX | Netflix",
    "Some of the links on this page are affiliate links.",
    "If you subscribe through them, Screenlight may earn a commission.",
    "(Reporting by Lucía Ferrer in Lima and Daniel Osei in Abancay; Additional reporting by Marta "
    "Quispe in Huaracancha; Writing by Joseph Arden; Editing by Helen Marsh and Grant Oduya)",
    "Read the full judgment (PDF, 38 pages)",
])
def test_wire_licensing_streaming_and_judgment_links_are_boilerplate(line):
    assert boilerplate_line(line)


def test_readers_saying_the_full_report_was_late_is_not_a_link():
    assert not boilerplate_line("Readers said the full report was late.")


def test_a_facebook_header_whose_name_holds_a_dash():
    text = (f"{BODY}\n\nCouncillor Dave Pritchard criticised the decision in a post on Facebook.\n\n"
            "Cllr Dave Pritchard – Ashby Moor Ward · 13 May at 19:04 · Public\n\n"
            "Absolutely gutted to hear the 42 is going.\n\n❤️ 164 · 💬 92 comments\n\n{BODY}\n")
    assert [r for _, r in roles_of(text)][2:4] == [ATTRIBUTION, POST]


# ------------------------------------------------------------------ thirty-eighth blind batch
@pytest.mark.parametrize("line", [
    "Thursday 14 March 2024, 06.12",      # a dotted clock time right after a date
    "Mar 12, 2025 - Health",              # the page's section after its date
    "4 June 2025 | World News",
])
def test_a_date_with_a_dotted_time_or_its_section_is_a_timestamp(line):
    assert is_timestamp(line)


@pytest.mark.parametrize("line", [
    "Mar 12, 2025 - the council said it would act",   # a sentence after the date
    "14.5 per cent of the vote",                       # a decimal, no date
    "Mar 12, 2025 - Health Minister Jo Bloggs said",   # more than a section's name
])
def test_a_date_before_prose_or_a_decimal_is_no_timestamp(line):
    assert not is_timestamp(line)


@pytest.mark.parametrize("line", [
    "Comments on this article are closed.",
    "18+ only.",
    "T&Cs apply.",
])
def test_closed_comments_and_betting_fine_print_are_boilerplate(line):
    assert boilerplate_line(line)


def test_closed_talks_and_an_age_limit_in_prose_are_not_boilerplate():
    assert not boilerplate_line("Comments on the plan closed on Friday, the council said.")
    assert not boilerplate_line("The club said the event is 18+ only because of the bar.")


def test_a_more_heading_with_a_longer_section_name_claims_its_teasers():
    assert is_section_heading("More Northern Premiership previews")
    assert not is_section_heading("More Northern Premiership clubs face fines")


def test_a_contact_box_after_the_body_is_the_sites():
    long = " ".join([BODY] * 2)
    text = (f"{long}\n\n" * 8 + "Contact the readers' editor\n\n"
            "To contact the readers' editor, email readers@example.org or phone 01632 960000.\n\n"
            "Or write to: Readers' Editor, The Example Observer, 3 Quay Street.\n\n"
            "Please include the headline, date and page number of the article concerned.\n\n"
            "If you are not satisfied with our response, you can refer your complaint to the "
            "press regulator.\n")
    assert [r for _, r in roles_of(text)][8:] == [BOILERPLATE] * 5
    # A subheading that tells readers to contact someone, above the body, is not the box.
    early = f"Contact the news editor\n\nThe paper's news editor said the story was checked.\n\n{long}\n"
    assert [r for _, r in roles_of(early)][0] != BOILERPLATE


def test_a_sign_up_pitch_between_the_box_title_and_its_form_is_the_boxs():
    text = (f"{BODY}\n\nGet Example Health in your inbox\n\n"
            "The essentials on health policy, in five minutes, every Thursday.\n\n"
            "Your email address | Subscribe\n\n{BODY}\n")
    assert [r for _, r in roles_of(text)] == [PROSE, BOILERPLATE, BOILERPLATE, BOILERPLATE, PROSE]
    # A standfirst between a byline and a share widget is the article's.
    text = ("By Jo Example\n\nThe essentials on health policy changed on Thursday, officials said.\n\n"
            f"Share on Facebook | Share on X\n\n{BODY}\n")
    assert [r for _, r in roles_of(text)][1] == PROSE


def test_a_reddit_credit_under_the_body_the_writer_introduced_closes_that_post():
    text = (f"{BODY}\n\nOne owner described the week in a post:\n\n"
            "Day two. The butter is soft and the fridge wants me to accept its terms again.\n\n"
            f"Posted by u/soft_butter in r/FridgeOwners\n\n{BODY}\n")
    assert [r for _, r in roles_of(text)][1:] == [PROSE, POST, ATTRIBUTION, PROSE]
    # With no introduction right above, the card opens with that line and its body is below.
    text = (f"{BODY}\n\nr/FridgeOwners • Posted by u/soft_butter • 5h\n\n"
            f"Day two. The butter is soft and the fridge wants me to accept its terms again.\n\n{BODY}\n")
    assert [r for _, r in roles_of(text)][1:3] == [ATTRIBUTION, POST]
    assert [r for _, r in roles_of(text)][0] == PROSE


# ------------------------------------------------------------------ thirty-ninth blind batch
@pytest.mark.parametrize("line", [
    "EMBARGOED UNTIL 00:01 BST, WEDNESDAY 4 JUNE 2025",
    "Figures are illustrative only.",
    "Your home may be repossessed if you do not keep up repayments on your mortgage.",
    "Host: Marguerite Example",
    "Producer: Dan Example · Assistant producer: Fen Example · Sound design and mixing: Ilse Example",
    'Music: "Ledger Lines" by The Quiet Example, licensed via Northgate Audio Library',
    "Do you have an experience you'd like to share? Pitch your First person story to "
    "firstperson@example.org, telling us in a few lines what happened.",
    "2. DOI: 10.5555/juwe.2025.0417",
    "3. Authors: Leona Example, Ramon Example and Hattie Example.",
    "4. Images of foxes recorded by the project's cameras are available for use with this story.",
    "5. Dr Example is available for interview on 3 and 4 June.",
    "Send us your weather photos: email pictures@example.co.uk or tag us on Instagram",
])
def test_release_notes_credits_pitches_and_regulatory_lines_are_boilerplate(line):
    assert boilerplate_line(line)


@pytest.mark.parametrize("line", [
    "Editor: the paper was wrong to print it.",           # a sentence after the label
    "The minister said she is available for interview.",  # reported
    "Tickets are available for use on all buses.",
    "Your home is your castle, the minister said.",
])
def test_labels_and_availability_in_prose_are_not_boilerplate(line):
    assert not boilerplate_line(line)


def test_a_chapter_list_from_zero_and_its_heading_are_page_furniture():
    text = (f"{BODY}\n\nChapters\n\n00:00 Intro\n\n02:15 Who is building what?\n\n"
            f"09:48 Counting doors, not beds\n\n{BODY}\n")
    assert [r for _, r in roles_of(text)][1:5] == [BOILERPLATE] * 4
    # A live page's timed entries do not start at zero: they are the article.
    live = (f"{BODY}\n\n14:32 Council confirms the vote\n\n14:40 Mayor arrives\n\n"
            f"14:55 Protest grows outside\n\n{BODY}\n")
    assert BOILERPLATE not in [r for _, r in roles_of(live)][1:4]


def test_a_more_heading_of_three_words_claims_its_teasers():
    text = (f"{BODY}\n\nMore homes for sale\n\nThree-bedroom lighthouse cottage, Gullen Head · £695,000\n\n"
            "Five-bedroom rectory with a walled garden, Much Trevean · £1.6m\n\n"
            "Two-bedroom flat in a converted chapel, Tamsin Bridge · £385,000\n")
    assert [r for _, r in roles_of(text)][1:] == [BOILERPLATE] * 4


def test_the_bylined_reporters_bio_with_a_capitalised_job_is_the_bylines():
    text = (f"By Tom Example, Local Democracy Reporter\n\n{BODY}\n\n"
            "Tom Example is a Local Democracy Reporter covering Harrowmere District Council for "
            "the Local Democracy Reporting Service.\n")
    assert [r for _, r in roles_of(text)][-1] == BOILERPLATE
    # Someone else's job, described in the body, is the article's.
    other = text.replace("Tom Example is a Local", "Ann Other is a Local")
    assert [r for _, r in roles_of(other)][-1] == PROSE


# ------------------------------------------------------------------ fortieth blind batch
@pytest.mark.parametrize("line", [
    "This is the latest release. View previous releases",
    "Release date: 25 April 2025 | Next release: 23 May 2025",
    "Table of contents: 1. Main points 2. Monthly sales volumes 3. Sales by store type",
    "Contact: Mira Example, Retail Sales Team | Email: retail.sales@example.org",
    "Mira Example | retail.sales@example.org | Telephone: +47 21 550 3100",
    "Accessibility | Cookies | Privacy notice | Terms and conditions | © Example Statistics Office 2025",
    "Listings are correct at the time of publication.",
    "Events can change or be cancelled at short notice, so check with the venue before you travel.",
    "Have an event coming up? Send details to whatson@example.co.uk at least ten days ahead.",
    "We value your privacy.",
    "We and our 147 partners use cookies and similar technologies to store information on your device.",
    "Important: This article is for general information only and does not constitute financial advice.",
    "Thank 48 · Reply 23",
    "You can change your choices at any time by clicking 'Privacy settings' at the bottom of the page.",
    "All content is available under the Open Statistics Licence v2.0, except where otherwise stated.",
    "Accessibility | Cookies | Privacy notice | Terms and conditions | © Example Statistics Office.",
])
def test_release_listings_cookie_and_reaction_lines_are_boilerplate(line):
    assert boilerplate_line(line)


@pytest.mark.parametrize("line", [
    "Prices may change after the merger, analysts said.",
    "The release date was moved to May.",
    "The information was correct at the time, the minister said.",
    "Residents thanked 48 volunteers and replied to 23 letters.",
])
def test_reported_dates_prices_and_thanks_are_not_boilerplate(line):
    assert not boilerplate_line(line)


def test_a_neighbourhood_app_post_closed_by_its_reaction_counts_is_a_post():
    text = (f"{BODY}\n\nOne of the first came from a mother on Copper Lane.\n\n"
            "Ruth Example · Copper Lane · 9w ago\n\n"
            "Both the kids' bikes gone from our side passage last night. Absolutely gutted.\n\n"
            f"Thank 48 · Reply 23\n\n{BODY}\n")
    assert [r for _, r in roles_of(text)][2:5] == [ATTRIBUTION, POST, BOILERPLATE]
    # Under a comments marker, the same shape is a reader comment.
    comments = text.replace("One of the first came from a mother on Copper Lane.", "Comments (12)")
    assert [r for _, r in roles_of(comments)][2:4] == [BOILERPLATE, POST]


def test_readers_signed_questions_and_a_named_experts_answers_are_theirs():
    text = ("Your pension questions answered\n\n"
            "Q: I'm 58 and only started a pension six years ago. Is it too late? — Aisha, Northgate\n\n"
            "Marion: It is not too late. Every extra year of contributions helps.\n\n"
            "Q: Should I combine my four small pensions? — Ken, Halwick\n\n"
            "Marion: Often it makes sense, because one pot is easier to track.\n")
    roles = tag_roles_of(text)
    assert roles[1] == [ANSWER, QUESTION, ANSWER]   # the reader's words, question and signature
    assert roles[2] == [ANSWER, ANSWER]
    # In an advice column the replies labelled just "A:" are the columnist's own.
    column = text.replace("Marion:", "A:")
    assert tag_roles_of(column)[2] == [PROSE, PROSE]


# ------------------------------------------------------------------ forty-first blind batch
@pytest.mark.parametrize("line", [
    "___",
    "* * *",
    "On this page: What is changing? · When does it start? · Can my landlord still evict me?",
    "Last reviewed: 3 February 2025 | Next review due: August 2025",
    "Previous episode: The Example Files Season 2, Episode 5 recap",
    "← Previous post: Five breakfast bowls | Next post: Meet the beekeepers →",
    "Free delivery on orders over £30",
    "We use cookies to make our site work and to understand how you use it.",
    "A note on court reporting: The Courier publishes the results of cases heard in open court.",
    "Example Advice Trust is a registered charity and a company limited by guarantee registered in England.",
    "This page gives general information only.",
    "Posted by the Example team · 6 March · 4 min read",
])
def test_rules_advice_page_furniture_neighbour_links_and_shop_banners_are_boilerplate(line):
    assert boilerplate_line(line)


@pytest.mark.parametrize("line", [
    "The hospice is a registered charity that relies on donations.",
    "Next episode: the detective returns to the pier.",   # a sentence after the label
    "Posted by the team after the vote.",
    "- 3 -",
])
def test_charities_previews_and_page_numbers_in_prose_are_not_boilerplate(line):
    assert not boilerplate_line(line)


def test_a_published_time_before_its_day_with_the_update_time_is_a_timestamp():
    assert is_timestamp("Published 9:14am, 14 February | Updated 11:02am")
    assert not is_timestamp("Published 9:14am, the report said")


def test_related_pages_and_a_get_help_box_after_the_body_are_the_sites():
    assert is_section_heading("Related pages")
    long = " ".join([BODY] * 2)
    text = (f"{long}\n\n" * 8 + "Get help\n\nCall our free helpline on 0808 157 0624.\n\n"
            "Chat online with an adviser | Email us | Find a service near you\n")
    assert [r for _, r in roles_of(text)][8:] == [BOILERPLATE] * 3


def test_a_sites_note_on_its_practice_claims_its_paragraph():
    text = (f"{BODY}\n\nA note on court reporting: The Courier publishes the results of cases heard "
            "in open court. Anyone named has been convicted unless we say otherwise, and we will "
            "consider requests to remove old reports after the conviction is spent.\n")
    assert set(tag_roles_of(text)[1]) == {BOILERPLATE}
    # The same words as a reporter's sentence in the body are the article's.
    prose = f"{BODY}\n\nThe note on court reporting was published by the Courier in 2019, the editor said.\n"
    assert BOILERPLATE not in tag_roles_of(prose)[1]


def test_a_heading_that_repeats_a_contents_entry_is_not_a_pull_quote():
    text = ("On this page: What is changing? · Can my landlord still evict me? · Get help\n\n"
            f"{BODY}\n\nCan my landlord still evict me?\n\n{BODY}\n")
    assert [r for _, r in roles_of(text)][2] != BOILERPLATE
    # A line that repeats the body's prose is one.
    quoted = f"{BODY}\n\nThe county board voted 5-2 on Tuesday\n\n{BODY}\n"
    assert [r for _, r in roles_of(quoted)][1] == BOILERPLATE


# ------------------------------------------------------------------ forty-second blind batch
@pytest.mark.parametrize("line", [
    "If you have been affected by the issues in this article, the charity Example Care runs a helpline.",
    "Save 50% on your first year of unlimited digital access to the Courier",
    "Official website of Example Town Football Club · Est. 1894",
    "Send us your question! Are you aged 5 to 12 and curious about something?",
    "pixelmoth · 14h · ▲ 341",
])
def test_support_lines_offers_taglines_and_voted_comment_headers_are_boilerplate(line):
    assert boilerplate_line(line)


@pytest.mark.parametrize("line", [
    "The official website of the club was hacked, police said.",
    "Send us your questions about the budget, the minister said.",
    "Residents affected by the flooding can claim a grant.",
])
def test_the_same_words_in_reported_prose_are_not_boilerplate(line):
    assert not boilerplate_line(line)


def test_a_discord_message_credited_below_is_a_post():
    assert attribution_span("— kestrel in #announcements") is not None
    assert attribution_span("— the mayor in #council") is None
    text = (f"{BODY}\n\nWithin an hour, Kestrel posted in his fan Discord server:\n\n"
            "not gonna lie i found out from the scrim sheet. nobody called me.\n\n"
            f"— kestrel in #announcements\n\n{BODY}\n")
    assert [r for _, r in roles_of(text)][1:4] == [PROSE, POST, ATTRIBUTION]


def test_a_byline_with_a_quoted_nickname():
    assert is_byline('By Jordan "Quill" Example')
    assert not is_byline('By Friday "Quill" Example')


def test_a_question_a_reader_signed_is_the_readers():
    text = (f"{BODY}\n\nDo fish sleep? Our goldfish never closes her eyes. — Arjun, 6, Pellbury\n\n"
            "Fish do rest, Arjun, even though they cannot close their eyes.\n")
    roles = tag_roles_of(text)
    assert set(roles[1]) == {ANSWER}
    assert ANSWER not in roles[2]
    # Without a question, or without a signature, the paragraph is the writer's.
    assert ANSWER not in tag_roles_of(f"{BODY}\n\nFish rest at night. — Arjun, 6, Pellbury\n")[1]
    assert ANSWER not in tag_roles_of(f"{BODY}\n\nDo fish sleep? Nobody is sure.\n")[1]


# ------------------------------------------------------------------ forty-third blind batch
@pytest.mark.parametrize("line", [
    "£59.00 at Currfield – Buy at Currfield | £62.99 at Brightlane – Buy at Brightlane",
    "When you purchase through links on our site, we may earn an affiliate commission.",
    "Download this newsletter (PDF, 412KB)",
    "Dear Parents and Carers,",
    "With warm wishes,",
    "Previous newsletters: 31 January 2025 | 24 January 2025 | 17 January 2025",
    "Example Primary School, Mill Lane, Fenwick FN4 7QD | Tel: 01632 960123 | office@example.org",
    "That's all from court today.",
])
def test_price_buttons_newsletter_furniture_and_a_live_close_are_boilerplate(line):
    assert boilerplate_line(line)


@pytest.mark.parametrize("line", [
    "We may earn more next year, the chief executive said.",
    "Dear me, the minister said.",
    "Best wishes to the team, said the mayor.",
    "That's all from me. Ashcombe were the better side and fully deserved it, and their "
    "striker looks ready for the play-offs.",
])
def test_the_same_openings_in_prose_are_not_boilerplate(line):
    assert not boilerplate_line(line)


def test_a_signature_under_a_sign_off_is_the_letters():
    text = (f"{BODY}\n\nWith warm wishes,\n\nMrs Example, Headteacher\n\n"
            "Download this newsletter (PDF, 412KB)\n")
    assert [r for _, r in roles_of(text)][1:] == [BOILERPLATE] * 3


# ------------------------------------------------------------------ forty-fourth blind batch
@pytest.mark.parametrize("line", [
    "Was this guide helpful?   Yes   No",
    "Support independent fact-checking. Donate from £3 a month.",
    "Prices delayed by at least 15 minutes. Data: Example Markets",
    "Words and photographs by Tamsin Example",
])
def test_feedback_donation_market_delay_and_photo_bylines_are_boilerplate(line):
    assert boilerplate_line(line)


def test_related_fact_checks_and_more_guides_are_teaser_headings():
    assert is_section_heading("Related fact checks")
    assert is_section_heading("More energy guides")
    assert not is_section_heading("More energy guides were published on Monday.")


def test_a_group_chat_message_credited_below_is_a_post():
    assert attribution_span("— Denise Example, Ashdown Road Neighbours group, 15:47") is not None
    assert attribution_span("— the council, said a spokesman for the group, 15:47") is None
    text = (f"{BODY}\n\nOne resident warned neighbours in a WhatsApp group:\n\n"
            "PLEASE keep kids and small dogs away from the pond end of the park.\n\n"
            f"— Denise Example, Ashdown Road Neighbours group, 15:47\n\n{BODY}\n")
    assert [r for _, r in roles_of(text)][1:4] == [PROSE, POST, ATTRIBUTION]


# ------------------------------------------------------------------ forty-fifth blind batch
def test_related_reviews_and_a_priced_link_button_are_furniture():
    assert is_section_heading("Related reviews")
    assert boilerplate_line("Buy a copy from our bookshop for £15.29 →")
    assert not boilerplate_line("The council raised the fee to £15.29 last year.")


def test_a_review_sites_credit_under_the_review_is_a_post_credit():
    assert attribution_span("★☆☆☆☆ Rated 1 out of 5 – Marcus D., Trustpilot, 11 February 2025") is not None
    assert attribution_span("Rated 1 out of 5 by inspectors, the home must improve.") is None
    text = (f"{BODY}\n\nOne review posted this week read:\n\n"
            "Paying more for less, again. The router still needs restarting every other day.\n\n"
            f"★☆☆☆☆ Rated 1 out of 5 – Marcus D., Trustpilot, 11 February 2025\n\n{BODY}\n")
    assert [r for _, r in roles_of(text)][1:4] == [PROSE, POST, ATTRIBUTION]


# ------------------------------------------------------------ forty-sixth and -seventh batches
@pytest.mark.parametrize("line", [
    "You have read 2 of your 3 free articles this month. Register for free to keep reading.",
    "Example Widgets: conveyors, sortation and pallet handling. View profile",
    "EVENT | Example Logistics Live, 8-9 October 2025, Example Exhibition Centre",
    "Free to attend for operations professionals. More than 140 exhibitors. Register for your free pass ›",
    "Our weekly guide to new fiction and literary news. Enter your email address. Sign up",
    "Privacy notice: Newsletters may contain information about charities and online ads.",
    "We use your sign-up to provide content in ways you've consented to.",
    "NEW CUSTOMER OFFER: Bet £10, Get £30 in Free Bets. New customers only. 18+. Full T&Cs apply.",
    "Claim Offer",
    "View the full Example racecard",
    "ExampleBet is operated by Example Gaming Ltd and licensed by the Gaming Authority under licence 41-2207.",
    "Play responsibly. You must be 18 or over to play.",
    "→ Example 2.0 release notes",
    "← Previous: Issue #213: The database rewrite nobody asked for",
    "This week's poll: Would you pay for a web browser? Yes · No · I already do",
    "Editorials represent the majority view of the Example Courier's editorial board.",
    "Thinking of selling? Book a free, no-obligation valuation with Example Estates today.",
    "❤️👍 486 · 174 comments",
    "💙 402 · Comments turned off",
])
def test_paywall_promo_betting_poll_and_reaction_furniture_is_boilerplate(line):
    assert boilerplate_line(line)


@pytest.mark.parametrize("line", [
    "The firm said it had read 2 of the 3 reports before the vote.",
    "The operator is owned by a trust, the council said.",
    "Residents were offered a free, no-obligation survey by the council, which later withdrew it.",
    "The club's event drew 400 people. Organisers said they would sign up again next year.",
    "Players must view the full footage before the hearing, the panel ruled.",
    "A spokesman said the T&Cs were changed in March.",
    "486 people signed the petition, and 174 comments were left on the council's page.",
])
def test_the_same_words_in_reporting_are_not_boilerplate(line):
    assert not boilerplate_line(line)


def test_bylines_with_a_title_or_a_venue_and_its_town():
    assert is_byline("By the Rev. Jane Example, Vicar of St Example's, Exampleton")
    assert is_byline("By Dr Ana Example")
    assert is_byline("By Tom Example at Example Road, Exampleton")
    assert not is_byline("By the time the Rev. Jane Example arrived, the hall was full.")


def test_box_labels_and_any_related_plural_are_section_headings():
    assert is_section_heading("SPONSORED WEBINAR")
    assert is_section_heading("Related suppliers")
    assert not is_section_heading("Related charges were dropped on Monday.")


def test_a_mastodon_card_opens_with_its_author_and_full_handle():
    assert attribution_span("Jane Example @jane@example.social") is not None
    assert attribution_span("Write to @jane@example.social") is None


def test_a_newsletters_sponsor_slot_is_the_sponsors_down_to_its_button():
    text = (f"{BODY}\n\nSPONSORED · A word from this week's sponsor\n\n"
            "Full disclosure: I asked the team at Example to sponsor this issue because their tool "
            "saved my week.\n\nTeams using it cut their rerun time by a third.\n\n"
            f"→ Start your free Example trial\n\n3. Quick hits\n\n{BODY}\n")
    roles = [r for _, r in roles_of(text)]
    assert roles[1:5] == [BOILERPLATE] * 4
    assert roles[-1] == PROSE


def test_a_writers_bio_naming_an_office_under_the_byline_is_furniture():
    text = (f"By the Rev. Jane Example, Vicar of St Example's\n\n{BODY}\n\n{BODY}\n\n"
            "The Rev. Jane Example has been Vicar of St Example's since 2016. She writes every Friday.\n")
    assert [r for _, r in roles_of(text)][-1] == BOILERPLATE
    text2 = (f"By Tom Example\n\n{BODY}\n\n"
             "The Rev. Jane Example has been Vicar of St Example's since 2016, the diocese said.\n")
    assert [r for _, r in roles_of(text2)][-1] != BOILERPLATE


def test_a_byline_naming_an_opinion_writers_job_declares_the_genre():
    for byline in ("By Tom Example, Racing Tipster | Published 07:15, Saturday 14 March",
                   "By Tom Example, Food Critic", "Tom Example, Columnist"):
        text = f"Headline over the piece\n\n{byline}\n\n{BODY}\n"
        assert declares_opinion(text, split_paragraphs(text)), byline
    for byline in ("By Tom Example, Political Editor", "By Tom Example"):
        text = f"Headline over the piece\n\n{byline}\n\n{BODY}\n"
        assert not declares_opinion(text, split_paragraphs(text)), byline
    # A critic quoted in the body is not the page's byline.
    text = f"Headline over the piece\n\n{BODY}\n\nBy Tom Example, Food Critic\n"
    assert not declares_opinion(text, split_paragraphs(text))


# ------------------------------------------------------------ forty-eighth and -ninth batches
@pytest.mark.parametrize("line", [
    "Skip navigation", "412K subscribers", "8.1K   Share   Download   Clip   Save",
    "286,402 views  14 Mar 2024  #hiking #wildcamping", "Show less", "1.4K   Reply   · 23 replies",
    "389   Reply", "3 March · 7 minute read",
    "View the Sports Day 2025 photo gallery (86 photos)", "← Year 9 Fieldwork at Example Bay",
    "Read our full methodology and laboratory results",
    "Explore more on these topics: Fashion industry | Greenwashing | Retail",
    "Like what you read? The Example is run entirely by student volunteers.",
    "Prices checked at 06:30 on 14 November. Deals can end early or sell out.",
    "Route map and GPX file: example.org/carrow-ridge",
    "Compiled by Tessa Example", "Posted on 27 June 2025 by the Communications Team",
    "Jane Example, investigations reporter, and Tom Example, data reporter",
])
def test_video_page_chrome_links_and_credits_are_boilerplate(line):
    assert boilerplate_line(line)


@pytest.mark.parametrize("line", [
    "2,000 views of the proposal were sent to the council.",
    "Police said 389 people replied to the appeal.",
    "The figures are published at example.org/jobs every month.",
    "Read the full report, the minister told MPs.",
])
def test_the_same_shapes_in_reporting_are_not_boilerplate(line):
    assert not boilerplate_line(line)


def test_section_headings_for_links_and_upcoming_events():
    assert is_section_heading("LINKS")
    assert is_section_heading("Upcoming Events")
    assert not is_section_heading("Upcoming events were cancelled.")


def test_a_video_sites_comment_header_opens_a_comment():
    text = (f"{BODY}\n\n1,204 Comments   Sort by\n\n@walker_example · 2 weeks ago\n\n"
            "Walked this last September and it was lovely.\n\n1.4K   Reply   · 23 replies\n")
    assert [r for _, r in roles_of(text)][-3:] == [BOILERPLATE, POST, BOILERPLATE]


def test_a_lower_case_poster_after_a_dash_is_a_credit():
    assert attribution_span("— ellie (@ellie_example) March 5, 2025") is not None
    assert attribution_span("she wrote to @cityhall on March 5, 2025") is None


def test_two_readers_signing_one_tip():
    text = f"{BODY}\n\nPriya and Tom Example, Kettleby\n"
    assert [r for _, r in roles_of(text)][-1] == BOILERPLATE


# --------------------------------------------------------------- fiftieth and -first batches
@pytest.mark.parametrize("line", [
    "Search this site",
    "Download: Statement (PDF, 180KB) | High-resolution images",
    "Comments (212) · Comments on this piece are open until Monday 9am.",
    "Warning: if you fall behind on your mortgage payments, your lender can take your home.",
    "Think carefully before securing other debts against your property.",
    "Posted by Jane Example, Rehoming Coordinator · 9 May 2025",
    "Tom Example's 50 Years Ago column appears every Friday in the Echo and online.",
    "Has your life taken an unexpected turn? We'd love to hear from you. Email us.",
    "Example Hound Rescue, Unit 4, Example Farm · Registered charity no. 1187654",
    "£169 at Example Store",
])
def test_notices_downloads_and_price_buttons_are_boilerplate(line):
    assert boilerplate_line(line)


@pytest.mark.parametrize("line", [
    "The charity runs every Friday at the church hall.",
    "A registered charity number was not given in the filing.",
    "If you fall behind, the coach said, you never catch up.",
    "Prices rose to £169 at the Example Store branch last year.",
])
def test_the_same_words_in_a_report_stay_prose(line):
    assert not boilerplate_line(line)


def test_recent_posts_and_other_events_are_section_headings():
    assert is_section_heading("Recent posts")
    assert is_section_heading("Other events")


def test_a_contents_box_split_from_its_heading_is_furniture():
    text = (f"{BODY}\n\nOn this page\nSymptoms\nIs it contagious?\nWhen to get help\n\n"
            f"Symptoms\n\n{BODY}\n")
    roles = [r for _, r in roles_of(text)]
    assert roles[1:5] == [BOILERPLATE] * 4
    assert roles[-1] == PROSE
    # A heading with a long line under it is not a contents box.
    text2 = f"{BODY}\n\nContents\n{BODY}\n"
    assert [r for _, r in roles_of(text2)][-1] == PROSE


def test_faq_question_headings_up_to_fourteen_words():
    text = (f"{BODY}\n\nWhat happens if my bin is missed in the first few weeks?\n\n{BODY}\n\n"
            f"Do I need a new bin?\n\n{BODY}\n")
    roles = [r for _, r in roles_of(text)]
    assert roles[1] == HEADLINE and roles[3] == HEADLINE


def test_a_video_cards_user_name_without_at_sign_opens_the_card():
    text = (f"{BODY}\n\nIts caption read:\n\nexampleuser\n\nSome of us bake the bread we film.\n\n"
            f"♬ original sound – Example Name\n\n{BODY}\n")
    roles = [r for _, r in roles_of(text)]
    assert roles[2:5] == [ATTRIBUTION, POST, ATTRIBUTION]
    # A lower-case word line with no sound credit under it stays prose.
    text2 = f"{BODY}\n\nupdate\n\n{BODY}\n"
    assert [r for _, r in roles_of(text2)][1] != ATTRIBUTION


# -------------------------------------------------------- fifty-second and -third batches
@pytest.mark.parametrize("line", [
    "Posted by Jane Example, Hon. Secretary · 21 March · Filed under: News",
    "Written by the Example science team. Reviewed by Dr Ana Example, climate scientist.",
    "Sign up to our monthly newsletter for plain-English science, news and events.",
    "Married recently? We would love to feature your big day.",
    "Were you caught up in the disruption? Contact our newsdesk at news@example.co.uk",
    "Do you agree with Tom? Have your say in the comments below or write to us.",
])
def test_credits_pitches_and_calls_for_stories_are_boilerplate(line):
    assert boilerplate_line(line)


@pytest.mark.parametrize("line", [
    "The team was written off by the pundits, the manager said.",
    "We would love to see the council feature more local artists, residents said.",
    "Officials said they would contact the newsdesk's lawyers.",
])
def test_the_same_words_in_reporting_are_not_furniture(line):
    assert not boilerplate_line(line)


def test_send_us_your_wedding_is_a_section_heading():
    assert is_section_heading("Send us your wedding")
    assert is_section_heading("Send us your photos")


def test_a_polls_question_and_shares_under_its_label_are_furniture():
    text = (f"{BODY}\n\nREADER POLL\n\nShould the high street close to cars on Saturdays?\n\n"
            "Yes, every Saturday — 46%\n\nNo, keep it open — 54%\n\n3,214 votes · Poll closed 2 October\n\n"
            f"{BODY}\n")
    roles = [r for _, r in roles_of(text)]
    assert roles[1:6] == [BOILERPLATE] * 5 and roles[-1] == PROSE
    # A share in prose with no poll beside it stays prose.
    text2 = f"{BODY}\n\nTurnout — 46%\n\n{BODY}\n"
    assert [r for _, r in roles_of(text2)][1] != BOILERPLATE


def test_the_masthead_under_a_skip_link():
    text = ("Skip to main content\n\nThe Example Courier\n\nNews | Sport | Business | Opinion\n\n"
            f"Council votes to close libraries\n\n{BODY}\n")
    roles = [r for _, r in roles_of(text)]
    assert roles[:3] == [BOILERPLATE] * 3
    assert roles[3] == HEADLINE


# --------------------------------------------------------- fifty-fourth and -fifth batches
@pytest.mark.parametrize("line", [
    "The Weekly Example: our best long reads, every Sunday morning. Enter your email address  Sign up",
    "Principal Partner: Example Builders · Kit Partner: Example Athletic",
    "Download the full template (Word, 24KB)",
    "Was this advice helpful? Yes / No",
    "Was this fact check helpful?   Yes   No",
    "This information is a general guide and is not a substitute for legal advice.",
    "Analysis, by transport correspondent Tom Example",
    "Promoted by Jane Example on behalf of Helen Example, both at 9 Example Street, Exampleton.",
    "The Example Ledger is independent and funded by its readers. Become a supporter.",
])
def test_partners_imprints_disclaimers_and_feedback_are_boilerplate(line):
    assert boilerplate_line(line)


@pytest.mark.parametrize("line", [
    "The club said its main sponsor had pulled out, leaving a gap in the budget.",
    "The leaflet was promoted by the council as a guide for tenants.",
    "This information is wrong, the minister said.",
])
def test_the_same_words_in_reports_are_prose(line):
    assert not boilerplate_line(line)


def test_related_advice_is_a_section_heading():
    assert is_section_heading("Related advice")


# ------------------------------------------------------- fifty-sixth and -seventh batches
@pytest.mark.parametrize("line", [
    "Affiliate notice: We may earn a commission if you book through links on this page.",
    "Comments (214). Join the conversation, but please read our community guidelines.",
    "Now playing: Drivetime with Dee Example",
    "By the Property Services and Tenant Engagement teams",
    "Do you have an opinion on the issues raised in this article? Email us.",
    "Jane Example, VP of Infrastructure · 14 February 2025 · 9 min read",
])
def test_labels_bars_team_bylines_and_writer_lines_are_boilerplate(line):
    assert boilerplate_line(line)


def test_player_ratings_with_the_mark_after_the_dash():
    text = (f"{BODY}\n\nTom Example – 9. Man of the match by a distance.\n\n"
            "Sam Example (sub) – 8. On for seven minutes, scored the winner.\n\n"
            "Referee Joe Example – 2. Generous.\n")
    assert [r for _, r in roles_of(text)][1:] == [RATING] * 3
    assert not is_byline("Tom Example – 9. Man of the match by a distance.")


# ------------------------------------------------------- fifty-eighth and -ninth batches
@pytest.mark.parametrize("line", [
    "1. Lorry sheds load of onions on the roundabout 2. Market to move 3. New bus route",
    "Interview by Nell Example",
    "Example reported from Kastrel. Agency writer Jo Example in Brellin contributed to this report.",
    "Join the conversation: have you found a screen-time rule that actually works?",
    "What do you make of the results? Comments are open to registered readers for 48 hours.",
    "Don't miss the latest Exampleton news: sign up to our free daily newsletter.",
    "We will only use your email address to send you this newsletter.",
    "Example is reader-supported. When you buy through links on our site, we may earn a commission.",
    "Download this summary (PDF, 1.2 MB) · Print this page · Share",
    "Stay in touch. Sign up for emails about our work.",
])
def test_one_line_lists_credits_and_newsletter_notices_are_boilerplate(line):
    assert boilerplate_line(line)


@pytest.mark.parametrize("line", [
    "1. First, the council must act. 2. Second, it should pay.",
    "The reporter said comments are open to interpretation in the ruling.",
    "Police reported from the scene that two people were hurt, the force said.",
])
def test_numbered_arguments_and_reports_stay_prose(line):
    assert not boilerplate_line(line)


def test_appeal_page_headings():
    assert is_section_heading("Other ways to help")
    assert is_section_heading("Latest updates")


# --------------------------------------------------------- sixtieth and sixty-first batches
@pytest.mark.parametrize("line", [
    "Published 9th Oct 2024, 06:45 · Updated 9th Oct 2024, 14:20",
    "Monday 3 March 2025 6.00am GMT · Last modified on Monday 3 March 2025 9.12am GMT",
    "You have 2 free articles left this month. Subscribe for unlimited access.",
    "Buy The Example Ledger from our partner bookshop. The Review may earn a commission.",
    "Reading time: 4 minutes · Best for ages 7-12",
    "Image source: Example Observatory",
    "All comments are checked by the Example News team before they appear.",
    "Free standard delivery on orders over £40. Terms apply.",
    "If any of the issues in this column affect you, the Example helpline is open 24 hours.",
])
def test_dates_with_ordinals_meters_buttons_and_notices_are_boilerplate(line):
    assert boilerplate_line(line)


@pytest.mark.parametrize("line", [
    "The score was 22.02 seconds.",
    "Residents said they would buy bread from our partner bakery instead, the owner joked.",
    "If any of the issues were resolved, the council said, the road would reopen.",
])
def test_the_same_words_in_reports_are_not_boilerplate(line):
    assert not boilerplate_line(line)


def test_other_recent_recalls_is_a_section_heading():
    assert is_section_heading("Other recent recalls")


# ------------------------------------------------------------- sixty-second and sixty-third batches
@pytest.mark.parametrize("line", [
    "The value of shares, and any income from them, can fall as well as rise, and you may get back less.",
    "Past performance is not a reliable guide to future returns.",
    "We'll never share your details. See our privacy notice.",
    "We are members of the Fundraising Standards Council and follow its Code of Fundraising Practice.",
    "Make a donation",
    "£8 · £15 · £30 · Other amount",
    "Example Trust is a charitable incorporated organisation entered on the Register of Charities, number 5530214.",
    "Have you lost or found a pet? Email pets@example.org",
    "Need help now? If you are over 65 and lonely, call our free helpline on 0808 000 0000.",
    "Selling your car? Get a free, instant valuation in 30 seconds. Value my car",
    "Find a used Example Kestrel near you. Search 2,184 cars for sale",
    "If you believe an entry contains an error, email newsdesk@example.org quoting the headline.",
    "Pets are listed free of charge. We aim to include every report received, but cannot guarantee publication.",
])
def test_risk_warnings_donation_boxes_and_submission_notices_are_boilerplate(line):
    assert boilerplate_line(line)


@pytest.mark.parametrize("line", [
    "The value of the contract can rise as well as fall, the finance director warned.",
    "We will never share a stage with them again, the candidate said.",
    "Residents were urged to make a donation to the food bank, which has seen demand double.",
    "Did the council know? Email records show it did.",
    "Need help? The minister said the scheme would open in May.",
    "The agency said it would search 2,000 homes for the missing documents next week.",
    "If you believe the minister, the error was the contractor's.",
    "The charity said it cannot guarantee the service will survive the winter.",
])
def test_the_same_words_in_news_stay_prose(line):
    assert not boilerplate_line(line)


def test_a_name_under_a_letters_sign_off_and_the_role_under_it_are_the_signature():
    text = (f"{BODY}\n\nWith warmest wishes,\n\nRosalind Example\n\nChief Executive, The Example Trust\n\n"
            "P.S. A supporter will match every gift made before 31 December.\n")
    assert [r for _, r in roles_of(text)][1:4] == [BOILERPLATE] * 3
    assert roles_of(text)[4][1] == PROSE


def test_a_place_subheading_after_a_tip_signature_is_not_chained():
    text = (f"{BODY}\n\nPriya Example, Kettleby\n\nSt Example's Isle, Wethercombe\n\n"
            "The causeway is passable for about four hours either side of low tide.\n")
    roles = [r for _, r in roles_of(text)]
    assert roles[1] == BOILERPLATE and roles[2] != BOILERPLATE


# ------------------------------------------------------------- sixty-fourth and sixty-fifth batches
@pytest.mark.parametrize("line", [
    "Source: Example Homes board papers. Graphic: Example Herald Data Desk",
    "Graphic: Example Herald Data Desk",
    "Reuse this content",
    "Join our Example Memories group on Facebook",
    "Hannah x",
    "Five-day forecast for your area: enter a town or postcode",
    "Showing 7 of 14 seats. Join Example Compass to unlock the full results table and detailed scores.",
    "The Heron – Newsletter No. 14 – Spring Term – Friday 17 January",
    "Posted by the Example Trust & Safety Team · 11 November 2024 · 5 min read",
    "Are you an Example tenant waiting for a repair? We would like to hear from you. Email data@example.org",
    "Have you got old photographs of Example? Email them to old@example.org or bring them to our office.",
])
def test_chart_credits_group_invitations_and_paywalled_tables_are_boilerplate(line):
    assert boilerplate_line(line)


@pytest.mark.parametrize("line", [
    "Chart: Share of patients waiting more than 18 weeks, by trust, April 2024",
    "Malcolm X",
    "Residents were told to enter a town hall queue that stretched round the block.",
    "The club would like to hear from anyone who saw the crash, police said.",
])
def test_chart_titles_names_and_reports_stay_prose(line):
    assert not boilerplate_line(line)


def test_a_data_table_row_with_ratings_is_not_a_menu():
    assert not is_navigation("Example Orbit i-Size | Infant carrier, 40–87 cm | £229 | 4.5/5 | 4.5/5 | 4/5 | 84%")
    assert is_navigation("Home | About Us | Classes | Parents | Newsletters | Term Dates | Contact")


def test_a_writers_profession_under_the_byline_is_the_bio():
    text = ("Example Rovers accounts: a £14.2m loss and a loan that keeps growing\n\n"
            "By Dan Example | 14 March 2025 | 9 min read\n\n" + BODY + "\n\n"
            "Dan Example is a chartered accountant and has held a season ticket since 1998.\n")
    assert roles_of(text)[-1][1] == BOILERPLATE


def test_an_instagram_embed_opened_by_its_button_runs_to_its_credit():
    text = (f"{BODY}\n\nThe player made the announcement in a post on Instagram.\n\n"
            "View this post on Instagram\n\n"
            "I've been writing this for weeks and deleting it every time.\n\n"
            "My body has told me it is time, and for once I'm going to listen to it.\n\n"
            "One last dance at home in April. See you there #onelastdance\n\n"
            "A post shared by Mira Example (@miraexample)\n\n"
            "She reached a career-high ranking of third in 2019.\n")
    roles = [r for _, r in roles_of(text)]
    assert roles[3:6] == [POST] * 3 and roles[6] == ATTRIBUTION
    assert roles[1] == PROSE and roles[-1] == PROSE


def test_a_telegram_post_between_its_author_line_and_its_channel_footer():
    text = (f"{BODY}\n\nThe minister set out her position on Telegram.\n\n"
            "Irena Example | Minister of Foreign Affairs of Examplia\n\n"
            "Our delegation arrives with clear instructions. We want the guns silent.\n\n"
            "t.me/example_mfa · 41.7K views · 06:58\n\n"
            "The other side's chief negotiator told reporters the talks would go on.\n")
    roles = [r for _, r in roles_of(text)]
    assert roles[3] == POST and roles[4] == ATTRIBUTION and roles[-1] == PROSE


def test_a_linkedin_footer_credits_the_post_above_it_but_a_blog_byline_does_not():
    text = (f"{BODY}\n\nShe set out the proposal in a post on LinkedIn on Monday morning.\n\n"
            "Care workers hold this country together and get paid like they don't.\n\n"
            "The businesses that say it can't be done said the same about the minimum wage.\n\n"
            "Maureen Example · General Secretary, Example Union · 3h · 2,416 reactions · 389 comments\n\n"
            "The speech drew a standing ovation.\n")
    roles = [r for _, r in roles_of(text)]
    assert roles[2:4] == [POST, POST] and roles[4] == ATTRIBUTION and roles[1] == PROSE
    assert attribution_span("By Wren Example · November 3, 2025 · 41 comments") is None


# ------------------------------------------------------------- sixty-sixth and sixty-seventh batches
@pytest.mark.parametrize("line", [
    "Had a problem with an airline or energy firm? Email our Consumer Champion at consumer@example.org",
    "Main switchboard 01632 960 200 | In an emergency call 999",
    "Homes for sale in Examplemoor",
    "View all 214 homes for sale in Examplemoor",
    "Pub Watch visits anonymously and pays for all food and drink.",
    "Example Weekly: the week's biggest stories in tech, explained in plain English. Subscribe free",
])
def test_contact_bars_listing_links_and_review_policies_are_boilerplate(line):
    assert boilerplate_line(line)


@pytest.mark.parametrize("line", [
    "The inspectors visited anonymously last spring and found the kitchen dirty, the report said.",
    "Homes for sale in the area have risen in price by 8 % this year.",
    "Did the trust answer? Email records seen by the Post show it did not.",
])
def test_the_same_openings_in_reports_stay_prose_66_67(line):
    assert not boilerplate_line(line)


def test_a_long_menu_may_hold_a_five_word_item():
    assert is_navigation("A to Z of services | Find a ward | Patients and visitors | Our hospitals | Careers | About us")
    assert not is_navigation("The trust said | visiting is open all day | from next week")


def test_a_signature_with_a_full_role_closes_a_welcome():
    text = (f"{BODY}\n\nI would ask one thing in return: please be kind to our staff.\n\n"
            "Helen Example, Chief Nurse and Director of Patient Experience\n\n"
            "Visiting times are 11am to 8pm every day.\n")
    roles = [r for _, r in roles_of(text)]
    assert roles[2] == BOILERPLATE and roles[3] == PROSE


# ------------------------------------------------------------- sixty-eighth and sixty-ninth batches
@pytest.mark.parametrize("line", [
    "This site uses cookies to make it work. Accept additional cookies · Reject additional cookies",
    "Get road closure alerts by email: sign up for Example Travel Updates",
    "Example Notes paid for this stay. Our reviewers travel anonymously and never accept free rooms.",
    "Read all 143 guest reviews",
    "Check prices and availability",
    "Join today from £4 a month",
    "About the author: Hannah Example is the trust's communications officer.",
    "In partnership with Example Mill Estate",
    "We apologise for any inconvenience these works may cause.",
    "Easy read version (PDF, 800 KB, 18 pages)",
    "Summary of consultation responses: data tables (spreadsheet, 310 KB)",
    "2. High-resolution images of the painting can be downloaded from the press area.",
    "3. Dr Anselm Example and the museum's head of conservation, Ilse Example, are available for interview.",
])
def test_cookie_banners_review_buttons_and_press_notes_are_boilerplate(line):
    assert boilerplate_line(line)


@pytest.mark.parametrize("line", [
    "The company said it would check availability of spare parts before the recall.",
    "In partnership with the council, the charity will open two new hubs next year.",
    "Read all about it: the council has voted to close the pier.",
])
def test_the_same_openings_in_news_are_not_buttons(line):
    assert not boilerplate_line(line)


def test_spec_lines_are_not_menus_but_credit_lines_are_chrome():
    assert not is_navigation("Price: from €1,749 | Available: March")
    assert not is_navigation("Tenure: Freehold · Council tax band: G · EPC rating: C")
    assert boilerplate_line("Words: Tomasz Example | Photos: Ines Example")


# ------------------------------------------------------------- seventieth to seventy-third batches
@pytest.mark.parametrize("line", [
    "© Example Railway Limited 2025. Registered in England and Wales, company number 08812734. "
    "Registered office: 1 Station Approach, Exampleton KB1 4RR.",
    "Our pick: Example Twin-Pack Radiator Keys, £3.49 at Fixmart | Buy now",
    "View our gallery: 42 pictures from Example's Remembrance parade",
    "Jump to: Why radiators need bleeding | What you'll need | Step-by-step",
    "Like this: ♡ Like · Be the first to like this.",
    "Do you have a memory of Hal or his shop? Share it in the comments below",
    "Members go free: join from £45 a year and enjoy free entry to every exhibition.",
    "Sign up to The Remote: a weekly pick of what's worth watching. Enter your email address. Sign up. "
    "We'll never share your details without your permission. Privacy notice.",
])
def test_legal_footers_affiliate_picks_and_contents_boxes_are_boilerplate(line):
    assert boilerplate_line(line)


def test_related_with_two_words_is_a_teaser_heading():
    assert is_section_heading("Related travel updates")
    assert not is_section_heading("Related travel updates were posted on Monday.")


def test_a_facebook_groups_posts_under_their_name_and_group_headers():
    text = (f"{BODY}\n\nThe letter set off a row on the Example Parents Chat Facebook group.\n\n"
            "Sharon Example > Example Parents Chat\n\n"
            "Finally!! Lock them away and give the kids their brains back.\n\n"
            "Mark Example > Example Parents Chat\n\n"
            "So I can't even check where she is? No thanks.\n\n"
            "Another parent wrote under the post that his son's school had used pouches for two years.\n")
    roles = [r for _, r in roles_of(text)]
    assert roles[2:6] == [ATTRIBUTION, POST, ATTRIBUTION, POST] and roles[6] == PROSE


def test_a_name_and_group_line_without_an_introduction_is_not_a_post_header():
    text = (f"{BODY}\n\nSharon Example > Example Parents Chat\n\n"
            "The council will meet again on Thursday to discuss the plan.\n")
    assert POST not in [r for _, r in roles_of(text)]


def test_a_critics_tenure_under_the_byline_is_the_bio():
    text = ("Example Philharmonic bring a storm to the Fellside hall\n\n"
            "By Gareth Example\n\n" + BODY + "\n\n"
            "Gareth Example has reviewed classical music for the Post since 2006.\n")
    assert roles_of(text)[-1][1] == BOILERPLATE


# ------------------------------------------------------------ seventy-fourth and seventy-fifth batches
@pytest.mark.parametrize("line", [
    "Posted on 2 March 2026 by Councillor Priya Example, Leader of the Council",
    "Get security advisories by email",
    "This article was produced by the Local Democracy Reporting Service, a partnership between publishers.",
])
def test_a_titled_blog_byline_an_email_link_and_a_reporting_scheme_credit_are_boilerplate(line):
    assert boilerplate_line(line)


def test_the_same_words_in_reports_are_not_credits():
    assert not boilerplate_line("Residents can get flood updates by text, the council said on Monday.")
    assert not boilerplate_line("This report was produced by the council's scrutiny committee after a year of work.")


def test_a_bare_name_and_a_role_line_under_a_sign_off_are_the_signature():
    text = (f"{BODY}\n\nBest wishes,\n\nPriya\n\nCllr Priya Example, Leader of Example Borough Council\n\n"
            "Tags: Budget, Housing\n")
    assert [r for _, r in roles_of(text)][1:4] == [BOILERPLATE] * 3


def test_the_writer_with_a_role_over_the_date_is_the_byline():
    text = ("Security advisory: authentication bypass in Example Server login\n\n"
            "Ines Example, Head of Product Security\n\n"
            "November 12, 2024 · 6 min read\n\n" + BODY + "\n")
    assert roles_of(text)[1][1] == BOILERPLATE
    text = (BODY + "\n\nWhat the company said\n\nInes Example, Head of Product Security\n\n"
            "The company said the fix would ship in the next release.\n")
    assert roles_of(text)[2][1] == PROSE


# ------------------------------------------------------------ seventy-sixth and seventy-seventh batches
@pytest.mark.parametrize("line", [
    "Updated 16:05, Tuesday 11 March 2025 · First published 08:52",
    "Page last updated: 09:15, Tuesday 22 July 2025",
    "Example National Park Authority, Bracken House, Kelbeck KB4 7HN · Telephone 01632 960 118 · Privacy notice · Cookies",
    "Byte Size: our free weekly newsletter on the tech that runs your life. Enter your email address. Sign up.",
    "Local news for: Carrowby & the North Vale · Change location",
    "Live travel: check the latest road and rail updates for the North Vale",
    "1 of 18",
    "Made this recipe? Share your photos with us on Instagram using #ExampleKitchen",
    "Cookies on example.gov.uk. We use some essential cookies to make this website work.",
])
def test_regional_chrome_gallery_counters_and_page_dates_are_boilerplate(line):
    assert boilerplate_line(line)


@pytest.mark.parametrize("line", [
    "Two of the 18 riders finished, 1 of 18 teams was disqualified.",
    "Live travel was disrupted on Tuesday after the crash, police said.",
    "£15 could provide a family with water purification tablets for a month",
])
def test_counts_reports_and_gift_amounts_stay_prose(line):
    assert not boilerplate_line(line)


# ------------------------------------------------------------- seventy-eighth to eighty-first batches
@pytest.mark.parametrize("line", [
    "PRESS RELEASE — FOR IMMEDIATE RELEASE",
    "4. Dr Example and Dr Other-Example are available for interviews on 21 May.",
    "Free local delivery on orders over £50 | Click & Collect ready in 2 hours",
    "Shop this post: Runner bean 3-pack £4.99 | Trailing nasturtium £2.49",
    "Posted by the Example SU Elections Team on Friday 14 March 2025 at 10:00",
    "Dear customer,",
    "You are here: Home > Consumers > Warning list > Example Wealth",
    "Most viewed in Puzzles: Prize crossword No 11,488 · Quick crossword No 17,002",
    "University of Example provides funding as a member of The Lectern UK.",
    "Republish our articles for free, online or in print, under a Creative Commons licence.",
    "Before you go... Independent, expert-led journalism costs money to produce.",
    "Still need help? Chat with us 24/7 or call 0330 555 0192",
    "Buy tickets online",
    "By the Example Bridge press office",
])
def test_release_slugs_shop_boxes_and_academic_footers_are_boilerplate(line):
    assert boilerplate_line(line)


@pytest.mark.parametrize("line", [
    "Posted by Taxpayers League on Tuesday, May 13, 2025",
    "Before you go to the polls, check your registration, the council said.",
    "Dear customers were told the shop would close, the owner joked.",
])
def test_post_credits_and_prose_with_the_same_openings_are_not_widgets(line):
    assert not boilerplate_line(line)


def test_trending_in_a_section_is_a_teaser_heading_and_timed_rows_are_data():
    assert is_section_heading("Trending in Soaps")
    assert not is_navigation("1 | Theo Example | Vantor | 1:32.611 | 1:31.902 | 1:31.448")


def test_a_signature_with_a_role_and_an_organisation():
    text = (f"{BODY}\n\nThank you for helping us keep your money safe.\n\n"
            "Alina Example, Head of Fraud Prevention, Example Bank\n\n"
            "Related articles\n")
    assert roles_of(text)[2][1] == BOILERPLATE


# ------------------------------------------------------------- eighty-second to eighty-fifth batches
@pytest.mark.parametrize("line", [
    "For immediate release – 14 March 2025",
    "Register now",
    "Become a Friend from £40 a year for priority booking and no booking fees",
    "Season sponsor: Example & Strand Solicitors",
    "Margaret Example says: 12 September 2025 at 8.14 pm",
    "By Harriet Example, Assistant Curator (Social History) · 4 March 2025",
    "Contact the events team: events@example.org · 01632 960400",
    "Download the KQMB 7 First Alert Weather app for live radar and alerts",
    "Speak to our cruise team: 0800 612 4471 · Open 7 days, 9am–8pm",
    "Issue #212 · Thursday 14 March · A weekly digest of software and infrastructure",
    "Example Media Ltd · 4 Cable Row, Bristol · Registered in England No. 09231234",
    "About the Example Rights Collective: The Example Rights Collective is an independent group.",
])
def test_event_buttons_contact_lines_and_release_boilerplate_are_boilerplate(line):
    assert boilerplate_line(line)


@pytest.mark.parametrize("line", [
    "About the report: it covers 412 detainees held for more than a year.",
    "Register the change with the council before you move, the guide says.",
    "Issue 4 of the agreement, the minister said, was settled on Monday.",
])
def test_the_same_openings_in_reports_are_not_release_furniture(line):
    assert not boilerplate_line(line)


def test_a_listing_with_a_date_range_is_not_a_menu():
    assert not is_navigation("The Example Ledger | Main House | 18 September – 11 October")
    assert is_navigation("Home | Whats on | Main House | Studio | Friends")


def test_a_teachers_post_under_the_byline_is_the_bio():
    text = ("Our schools are running on goodwill, and it is running out\n\n"
            "By Marisol Example\n\n" + BODY + "\n\n"
            "Marisol Example teaches Year 5 at Orchard Lane Primary School in Exampleton.\n")
    assert roles_of(text)[-1][1] == BOILERPLATE


# ------------------------------------------------------------- eighty-sixth to eighty-ninth batches
@pytest.mark.parametrize("line", [
    "Read 46 replies on Bluesky",
    "Pinned by @ExampleLocalNews",
    "96 | Reply",
    "💬 212 comments · Share",
    "Chapters: 0:00 Intro | 0:42 What the engineers found | 2:15 Diversion routes",
    "Reporter: Jo Example | Camera and edit: Lewis Example",
    "Screenshot via TikTok",
    "Some links on this page are affiliate links. If you click through and sign up, we may earn a commission.",
    "Released 07:00:04 09 January 2025",
    "RNS Number: 7731K",
    "The Company considers that the information in this announcement constitutes inside information under the market abuse rules.",
    "This information is provided by Example Announce, the regulatory news service of the Example Stock Exchange.",
    "Forward-looking statements: This announcement may contain statements about future events and expectations.",
    "Recent announcements from Example Group PLC",
    "Enquiries",
    "More jobs at Example Local Media",
    "Apply now",
    "Save job",
    "Only backers can post comments. Log in",
    "Report this project to Examplefund",
    "Examplefund does not guarantee projects or investigate a creator's ability to complete them.",
    "Created by Morven Example",
    "Show on a map",
    "Read the response in full",
    "This petition is closed",
    "Example Bet new customer offer: bet £10, get £30 in free bets. Min odds 1/2. Full T&Cs apply. 18+",
    "Shelf Life: our weekly books newsletter, with reviews, interviews and the best new fiction every Friday.",
    "The Example Ledger newsletter: results and guide prices, every Friday. Enter your email address | Sign up | "
    "By signing up you agree to our privacy policy.",
    "Eat Example is independent and pays for every meal we review.",
    "Adapted from Still Singing by Rosalind Example, published by Example & Co at £20.",
    "Go to market news section",
    "Nell Example writes every Saturday. Got something she should learn next? Email nell@example.com",
])
def test_post_links_video_chrome_regulatory_notices_and_page_buttons_are_boilerplate(line):
    assert boilerplate_line(line)


@pytest.mark.parametrize("line", [
    "Read 46 pages of the report before you vote, the campaign urged.",
    "The minister will apply now that the rules have changed.",
    "Only members can vote at the annual meeting, the club said.",
    "The council said it would report this project to the regulator if the works overran.",
    "The petition is closed to new signatures after six months, officials said.",
    "Created by accident in 1928, penicillin changed medicine.",
    "The firm pays for every meal its staff eat on site, a spokesperson said.",
    "Enquiries into the fire are continuing, police said.",
    "Tenure: Freehold · Council tax band: G",
])
def test_the_same_openings_in_reports_stay_prose_86_89(line):
    assert not boilerplate_line(line)


def test_a_post_card_with_its_poster_over_the_body_and_its_time_under_it():
    text = (f"{BODY}\n\nThe statistician posted a thread on Bluesky on Sunday.\n\n"
            "Hana Example (@hanaexample.bsky.social)\n\n"
            "Put the three excluded hives back in and the effect shrinks to almost nothing.\n\n"
            "2 March 2025 at 18:47\n\n"
            "The authors said the hives were dropped for a mite outbreak.\n")
    roles = [r for _, r in roles_of(text)]
    assert roles[2:5] == [ATTRIBUTION, POST, ATTRIBUTION] and roles[5] == PROSE


def test_a_writers_handle_signature_without_a_time_under_it_stays_the_signature():
    text = f"{BODY}\n\nHana Example (@hanaexample)\n\nMore from this writer is coming next week.\n"
    roles = [r for _, r in roles_of(text)]
    assert roles[1] == BOILERPLATE and POST not in roles


def test_a_quoted_chat_log_is_posts_but_timed_schedule_lines_are_not():
    chat = (f"{BODY}\n\nkite_enjoyer_07: 0.4 SECONDS I AM ON THE FLOOR\n\n"
            "frostbyte_gg: crown fans real quiet rn\n\n"
            "marrowmancer: biggest choke in the game's history\n\n"
            "The final map was less dramatic.\n")
    roles = [r for _, r in roles_of(chat)]
    assert roles[1:4] == [POST] * 3 and roles[4] == PROSE
    schedule = f"{BODY}\n\n3pm: Ice rink opens\n\n4pm: Lantern parade\n\n5pm: Stage show\n"
    assert POST not in [r for _, r in roles_of(schedule)]


def test_a_video_sites_comment_headers_without_a_dot_open_comments():
    text = (f"{BODY}\n\n214 Comments | Sort by\n\n@example_dave 2 days ago\n\n"
            "Eighteen months?? Absolute joke.\n\n212 | Reply | 14 replies\n")
    assert [r for _, r in roles_of(text)][1:] == [BOILERPLATE, BOILERPLATE, POST, BOILERPLATE]


def test_a_guides_venue_on_a_street_is_not_a_letters_signature():
    text = (f"{BODY}\n\nDot's Example Bar, Terrace Road\n\n"
            "Dot's has been frying on Terrace Road since 1984 and is now run by the founder's grandson.\n")
    assert roles_of(text)[1][1] != BOILERPLATE
    letter = f"{BODY}\n\nMarguerite Example, Tallow Point\n"
    assert roles_of(letter)[1][1] == BOILERPLATE


def test_a_document_title_over_its_release_time_is_not_a_name():
    text = ("Example Group PLC\n\nChristmas Trading Update\n\nReleased 07:00:04 09 January 2025\n\n" + BODY + "\n")
    assert dict(roles_of(text))["Christmas Trading Update"] != BOILERPLATE


# ------------------------------------------------------------------ ninetieth to ninety-third batches
@pytest.mark.parametrize("line", [
    "News Sport Business Opinion Culture Chess Puzzles Subscribe",
    "Share on Facebook Share on X Share on Reddit Copy link",
    "This article was produced in paid partnership with Example & Finch. Prices are correct at the time of publication.",
    "Shop the full Christmas selection at example-wines.co.uk",
    "Showing 7 notices published this week",
    "Published in The Example Courier on 19 November 2024 | Sign the guestbook (4) | Send flowers",
    "Notices appear online and in print every Tuesday and Friday.",
    "Get pollen and air-quality alerts on your phone. Download the Example Weather app.",
    "Search for a town, city or postcode",
    "Write to us: letters should be no longer than 300 words and must include your address.",
    "Thanks as always to our kit sponsor, Example Plumbing & Heating, and to every volunteer.",
    "We use some essential cookies to make this website work. Accept analytics cookies | Reject analytics cookies | "
    "View cookie settings",
    "Related information",
    "Sort by",
    "3 replies",
    "Lead officer: Marcus Example, Director of Place. Email: place@example.gov.uk. Tel: 01632 960418.",
    "Related meeting: Cabinet, Thursday 14 November 2024, 6.30pm, Council Chamber",
    "Latest update, 5.31pm",
    "Original report, 2.07pm",
    "Pin this post for later!",
    "Contents: 1. The rail pass · 2. Cash · 3. Onsen etiquette",
    "Puzzle of the week: White to play and win. Solution in Monday's edition.",
    "Reference: FOI-2025-0418",
    "FOI-2025-0418 Claims data 2022 to 2025 XLSX, 36 KB",
    "Download term dates 2025–26 (PDF, 142 KB) | Add to your calendar (ICS)",
    "Do you know a road where speeding is a problem? Tell us at newsdesk@example.co.uk",
    "2. Further photographs of the Example SR-4 and the surgical team are available on request.",
])
def test_bare_menus_notice_pages_council_pages_and_update_labels_are_boilerplate(line):
    assert boilerplate_line(line)


@pytest.mark.parametrize("line", [
    "Labour Leader Backs Local Business Plan For Sport And Culture",
    "Showing films in the park was the council's idea, the organiser said.",
    "Update the app before Friday, the bank told customers.",
    "Thanks to our volunteers, the library stayed open all summer.",
    "The reference to the 2019 report was removed from the final draft.",
    "Sort the recycling by colour before collection day, the council asks.",
])
def test_headlines_and_sentences_with_the_same_openings_stay_prose(line):
    assert not boilerplate_line(line)


def test_a_sentence_that_opens_a_list_with_that_is_not_a_list_heading():
    text = f"{BODY}\n\nCabinet resolved that:\n\n1. The car park will close in March.\n"
    assert roles_of(text)[1][1] != BOILERPLATE
    text = f"{BODY}\n\nWhat we know:\n\n1. The car park will close in March.\n"
    assert roles_of(text)[1][1] == HEADLINE


def test_readers_questions_in_a_chat_with_readers_are_the_readers_words():
    text = ("Your questions answered: the council's chief executive\n\n" + BODY + "\n\n"
            "Question from Maureen, Saltings estate: Why were our bins missed three weeks running?\n\n"
            "Priya Example: I completely understand the frustration, and the crews have been told.\n\n"
            "Question from Sunil Example: Will the library really close?\n\n"
            "Priya Example: No. We are consulting on shorter hours, not closure.\n")
    paragraphs = split_paragraphs(text)
    roles = tag_roles_of(text)
    # read as turns (a question by its words, the rest as the reader's), not as the writer's prose
    readers = [roles[p][0] for p, (s, e) in enumerate(paragraphs) if text[s:e].startswith("Question from")]
    assert readers == [QUESTION, QUESTION]
    answers = [roles[p][0] for p, (s, e) in enumerate(paragraphs) if text[s:e].startswith("Priya")]
    assert answers == [ANSWER, ANSWER]


# ------------------------------------------------------------- ninety-fourth to ninety-seventh batches
@pytest.mark.parametrize("line", [
    "Agenda published: Friday 28 February 2025",
    "Contact: Priya Example, Democratic Services Officer. Tel: 01632 960418",
    "Supplementary documents",
    "Download all agenda documents (ZIP, 21 MB)",
    "The Example Post is run by two people and funded by its readers. If you value it, chip in.",
    "Recent Callouts",
    "Example Mountain Rescue Team is a registered charity, No. 1098432.",
    "Support your local team: the team is staffed entirely by unpaid volunteers.",
    "Open today 10:00–17:00 · Free entry · Book a guided tour",
    "Unsigned editorials represent the majority opinion of The Example Clarion's editorial board.",
    "Have something to say? Send a letter to the editor of no more than 300 words.",
    "Compare energy deals in your area – Enter your postcode – Compare now",
    "Prices quoted are for a dual fuel household with typical consumption paying by direct debit.",
    "Started by example_allotment · 3 Jul 2024 · Replies: 7 · Views: 1,406",
    "IMG_4471.jpg (212.4 KB · Views: 96) | IMG_4473.jpg (198.9 KB · Views: 88)",
    "Reactions: example_allotment, Pip_of_Example and 4 others",
    "You must log in or register to reply here.",
    "Similar threads",
    "Forum software © 2010–2024 Example Works Ltd.",
    "As told to Ruth Example",
    "Report an empty or damaged grit bin",
    "View gritting routes on our interactive map",
    "Book tickets for Beauty and the Beast",
    "142 · 38 · Share",
    "This post is for paid subscribers",
    "Upgrade to paid to read the rest",
    "Already a paid subscriber? Sign in",
    "142 Likes ∙ 11 Restacks",
    "Discover more from The Example Line",
    "Over 9,000 subscribers",
    "Free UK delivery on orders over £25",
    "Register for the recall",
    "Join the Example newsletter and get 10% off your first order",
    "Start the survey",
])
def test_council_agendas_forum_threads_paywalls_and_shop_links_are_boilerplate(line):
    assert boilerplate_line(line)


@pytest.mark.parametrize("line", [
    "Report a pothole",
    "In an emergency, for example if someone has collapsed, call 999.",
    "Documents seen by the Post show the council knew of the problem in 2022.",
    "Open today, the new bridge carries 4,000 cars an hour.",
    "Book sales rose 4% last year, the publishers' association said.",
    "Start the engine only when the doors are shut, the manual says.",
])
def test_the_same_openings_in_pages_content_stay_prose(line):
    assert not boilerplate_line(line)


def test_a_nextdoor_post_credit_with_the_day_before_the_month():
    text = (f"{BODY}\n\nResidents were quick to respond on Nextdoor.\n\n"
            "Has anyone else seen the notice on Example Lane?? A 20m mast right next to the school!\n\n"
            "— Denise P., Example Park · Nextdoor · 2 Jun\n\n"
            "The company said the mast met every safety limit.\n")
    roles = [r for _, r in roles_of(text)]
    assert roles[2:4] == [POST, ATTRIBUTION] and roles[4] == PROSE


def test_a_noticeboard_groups_credit_with_its_date():
    text = (f"{BODY}\n\nSummer, then autumn, now February. I've replaced two tyres on that road.\n\n"
            "— Dawn Example, Example Community Noticeboard, 14 October\n")
    roles = [r for _, r in roles_of(text)]
    assert roles[1:3] == [POST, ATTRIBUTION]


def test_a_blog_post_credit_to_the_sites_editor_is_the_byline():
    text = ("Callout 47: walker with ankle injury on Example Pike\n\n"
            "Posted by the Callouts Editor on Sunday 13 October 2024\n\n" + BODY + "\n")
    assert roles_of(text)[1][1] == BOILERPLATE


def test_an_interview_labelling_only_the_interviewees_turns():
    turns = "".join(f"{q}\n\nVale: {a}\n\n" for q, a in [
        ("What actually happened?", "Nothing happened, which was the problem. The phone just stopped."),
        ("Did you ever think about giving up altogether?", "Constantly. I retrained as a garden designer."),
        ("How do you look back on the film now?", "I've never seen it. I left the premiere during the second reel."),
    ])
    text = "Marnie Example: 'I waited ten years for the phone to ring'\n\n" + BODY + "\n\n" + turns
    paragraphs = split_paragraphs(text)
    roles = tag_roles_of(text)
    answers = {roles[p][0] for p, (s, e) in enumerate(paragraphs) if text[s:e].startswith("Vale:")}
    questions = {roles[p][0] for p, (s, e) in enumerate(paragraphs) if text[s:e].rstrip().endswith("?")}
    assert answers == {ANSWER} and questions == {QUESTION}
    # One labelled paragraph in a story is not an interview.
    story = f"{BODY}\n\nWhy now?\n\nVale: Because I was ready.\n\n{BODY}\n"
    assert ANSWER not in {r for roles_ in tag_roles_of(story) for r in roles_}


# ------------------------------------------------------------------- ninety-eighth to 101st batches
@pytest.mark.parametrize("line", [
    "Write to us at letters@example.co.uk or Letters Desk, The Example Ledger, London",
    "Latest from Example Haven",
    "Example Lifeboat Trust is a charity registered in England and Wales (1123456) and Scotland.",
    "Posted by Gaz (Block C) on Saturday 8 November 2025, 2:41 pm | Updated 5:09 pm | Match Days, Live",
    "Live updates (refresh for the latest)",
    "Support the blog: buy Gaz a pint. Up The Example is run by fans, for fans.",
    "In this issue: The rent notice · What the rules say · Survey results",
    "Download this issue as a PDF · Versión en español · Wersja polska",
    "Download these minutes as a PDF (148 KB)",
    "By Odalys Example, co-founder and CEO",
    "Photo 1 of 7",
    "Buy this photo",
    "(Reader photo: Miriam Example)",
    "Reprints of Courier staff photos are available in sizes from 5x7 to 16x20.",
    "Last updated: 2:15pm, Tuesday 9 July 2024 | Next update: 6pm today",
    "Check whether your address is affected by entering your postcode below",
    "Example Water Services Ltd. Registered company number 04418237. Registered office: 1 Example Way.",
    "Young Reporters is the Gazette's weekly page written by pupils from schools across the district.",
    "Could you be a Young Reporter? We welcome reviews, reports and interviews.",
    "Signed: ........................ (Chair)   Date: ................",
    "The Paddock Post — Weekend Bulletin No. 214 — Friday 6 June 2025",
    "Classifieds",
    "This bulletin is supported by Example Tyre & Exhaust, Dunmore.",
    "Example Vale Motor Club Ltd, The Old Forge, Mill Lane, Dunmore DV4 2RT",
    "Report a repair | Log in to My Account | Search",
    "Listings are correct at the time of publication and may be subject to change.",
])
def test_newsletters_galleries_notices_and_club_bulletins_furniture_is_boilerplate(line):
    assert boilerplate_line(line)


@pytest.mark.parametrize("line", [
    "Posted by City Hall on Tuesday, June 18, 2024",
    "Photo 1 of the series shows the flooded high street.",
    "Next update the ministry's figures, the MP urged.",
    "Could you be a victim of this scam? Police say the signs are easy to miss.",
    "Example Ltd, the firm behind the scheme, said it would appeal.",
])
def test_post_credits_and_sentences_like_that_furniture_stay_prose(line):
    assert not boilerplate_line(line)


def test_a_kicker_over_the_headline_and_byline_claims_nothing():
    text = ("TRENDING\n\nA lost cat, a post and thousands of strangers: how Pickle made it home\n\n"
            "By Tamsin Example\n\n" + BODY + "\n")
    roles = [r for _, r in roles_of(text)]
    assert roles[0] == BOILERPLATE and roles[1] != BOILERPLATE


def test_a_live_notices_entries_under_latest_updates_are_content():
    text = (f"{BODY}\n\nLatest updates\n\n"
            "2:10pm Tuesday – Our bottled water station at Example Hall will stay open until 8pm.\n\n"
            "9:30am Tuesday – The first repeat samples came back clear overnight.\n")
    assert [r for _, r in roles_of(text)][1:] == [BOILERPLATE, PROSE, PROSE]


def test_the_writers_post_and_employer_under_the_byline():
    text = ("Stop trying to catch students with AI detectors\n\nBy Dr Helena Example\n\n"
            "Senior Lecturer in Sociology, University of Example\n\n" + BODY + "\n\n"
            "Dr Helena Example is a senior lecturer in sociology at the University of Example. "
            "The views expressed are her own.\n")
    roles = [r for _, r in roles_of(text)]
    assert roles[2] == BOILERPLATE and roles[-1] == BOILERPLATE


def test_readers_comments_quoted_below_the_line_that_introduces_them():
    text = (f"{BODY}\n\nOur report drew more than 900 comments in two days. Two of the most recommended are below.\n\n"
            "SaltmarshSally · 10 June 2025 21:14\n\n"
            "Mine are both at a trial school and the Fridays have been brilliant for them.\n\n"
            "Reply · Recommend (1,208) · Report\n\n"
            "OldExampleHand · 11 June 2025 08:02\n\n"
            "Forty years teaching and I never met a child who learned less for being outdoors.\n\n"
            "Reply · Recommend (864) · Report\n")
    roles = [r for _, r in roles_of(text)]
    assert roles[2:8] == [ATTRIBUTION, POST, BOILERPLATE, ATTRIBUTION, POST, BOILERPLATE]


# ------------------------------------------------------------------------ 102nd to 105th batches
@pytest.mark.parametrize("line", [
    "Download this guide as a PDF | Print",
    "Search the National Example Guide website",
    "Search the catalogue Go",
    "Contents: Check if it's chickenpox | How to look after yourself or your child | When to get help",
    "Apply to volunteer by 28 June",
    "Page last updated: 21 June",
    "Published: Wednesday, 6:42 AM | Updated: 9:15 AM",
    "👍 1.2K   💬 184   ↗ 96 shares",
    "after newsletter promotion",
    "Asked 1 year, 4 months ago  Modified 1 year, 2 months ago  Viewed 48k times",
    "Share  Improve this question  Follow",
    "answered Mar 2, 2023 at 22:31",
    "2 Answers  Sorted by: Highest score (default)",
    "✓ Accepted answer",
    "213 ● 2 ● 9",
    "Not the answer you're looking for? Browse other questions tagged wireless or ask your own question.",
    "Posted on 4 March 2024 by Ashcombe & Example PRP in Local News",
    "Awards evening sponsored by Example & Pike Solicitors",
    "Horse tram No. 7 at the Market Cross terminus, c.1895. Ref: CLA/PH/041",
    "Previous columns",
    "Example Archives & Local Studies is a service of Example Borough Council.",
    "Get involved: deliver leaflets, put up a window poster or help on polling day.",
])
def test_health_pages_qa_sites_archives_and_campaign_pages_furniture_is_boilerplate(line):
    assert boilerplate_line(line)


@pytest.mark.parametrize("line", [
    "Small Business of the Year (sponsored by Example & Lane Solicitors)",
    "The evening was sponsored by Example Bank, the organisers said.",
    "Asked whether he would resign, the minister said no.",
    "Search teams found the missing walkers near the summit.",
    "Get involved in the consultation before it closes, the council urged residents.",
])
def test_award_categories_and_sentences_with_those_openings_stay_prose(line):
    assert not boilerplate_line(line)


def test_two_writers_beside_the_date_are_the_byline():
    text = ("The Example Review\n\nWhy the ferry still matters\n\n"
            "Tomasz Example and Priya Example\n\nThursday 14 March 2024\n\n" + BODY + "\n")
    assert dict(roles_of(text))["Tomasz Example and Priya Example"] == BOILERPLATE


def test_a_qa_sites_user_card_is_furniture():
    text = f"{BODY}\n\nasked Mar 2, 2023 at 21:17\ntomasvell\n213 ● 2 ● 9\n\n{BODY}\n"
    assert [r for _, r in roles_of(text)][1:4] == [BOILERPLATE] * 3


def test_a_qa_under_its_editing_note_reads_unlabelled_questions_and_answers_as_turns():
    text = ("'The mountain is breathing differently': a volcanologist on the unrest\n\n" + BODY + "\n\n"
            "This interview has been edited for length and clarity.\n\n"
            "What changed at the volcano last autumn?\n\n"
            "Two things happened at about the same time. Our seismometers started picking up swarms.\n\n"
            "How do you tell unrest that fizzles out from unrest that leads to an eruption, in practice?\n\n"
            "Honestly, that is the hardest question in our field, and anyone who claims otherwise is guessing.\n")
    roles = tag_roles_of(text)
    assert set(roles[-1]) == set(roles[-3]) == {ANSWER} and roles[-2] == [QUESTION]
    # Without the note (or a Q&A heading, or a title in the interviewee's words) the same
    # paragraphs are the writer's prose.
    plain = text.replace("This interview has been edited for length and clarity.\n\n", "").replace(
        "'The mountain is breathing differently': a volcanologist", "A volcanologist")
    assert ANSWER not in {r for roles_ in tag_roles_of(plain) for r in roles_}
    titled = text.replace("This interview has been edited for length and clarity.\n\n", "")
    assert set(tag_roles_of(titled)[-1]) == {ANSWER}


# ------------------------------------------------------------------------ 106th to 109th batches
@pytest.mark.parametrize("line", [
    "Menu  Search  My Example account",
    "Find your bin day: enter your postcode to see your revised collection dates",
    "Posted on 9 March by Hattie Example · Money Diaries · 14 comments",
    "Home > News > Statement on emergency department waiting times",
    "Home > Passports, travel and living abroad > Passports",
    "Apply to volunteer",
    "Listen again: Tomasz Example in conversation with Harriet Example",
    "Buy tickets on the members' portal",
    "This issue of The Baseline is sponsored by Example & Lyle Estate Agents.",
    "Get the Example Money Saver email: deals, price alerts and guides every week",
    "Page updated 12 May 2025",
    "RENEW NOW",
    "Live: follow every result from the Example District Council count",
    "Power cut? Call free on 0800 046 7712, 24 hours a day, or text your postcode to 105.",
    "Sign up to The Remote: our critics' pick of the week's best television, every Friday.",
])
def test_council_radio_club_and_newsletter_controls_are_boilerplate(line):
    assert boilerplate_line(line)


@pytest.mark.parametrize("line", [
    "Nadia Example | Independent | 1,284 | 36.1% | ELECTED",
    "Apply to the council for a permit before you build, the guide says.",
])
def test_a_results_row_and_gapped_prose_are_not_menus(line):
    assert not boilerplate_line(line)


def test_parents_group_chat_messages_credited_with_their_times():
    text = (f"{BODY}\n\nParents shared their frustration in a year-group WhatsApp chat.\n\n"
            "£38 for a blazer with a logo on it. We have three kids at the school.\n\n"
            "— Year 8 parent, 8:47pm\n\n"
            "The school said the supplier was chosen after a tender.\n")
    roles = [r for _, r in roles_of(text)]
    assert roles[2:4] == [POST, ATTRIBUTION] and roles[4] == PROSE


# ------------------------------------------------------------------------ 110th to 113th batches
@pytest.mark.parametrize("line", [
    "Images are computer-generated and for illustrative purposes only. Prices correct at the time of going to press.",
    "This is a paid-for advertisement feature produced by the Courier's commercial team.",
    "This summary is prepared by the Inquiry secretariat as a guide to the day's evidence.",
    "This summary is provided to help in understanding the Court's decision.",
    "Watch the recording of today's hearing | Download the transcript (PDF, 1.2 MB)",
    "Check the current price of the Example Fellstrider Mid at Example Outdoors",
    "The Sunday Example pays for all meals featured in First Look.",
    "Reserve a seat",
    "Upcoming talks",
    "Get text updates about this incident. Enter your mobile number and we'll text you.",
    "Other incidents and maintenance",
    "Still having problems?",
    "Popular help topics: Setting up your router · Wi-Fi keeps dropping out",
    "Neutral citation: [2024] EWCA Civ 418 | Case number: CA-2023-00912 | Date: 12 March 2024",
    "With love and prayers, Clare",
    "Take the rider survey",
    "Photo Gallery",
    "Example Valley Wheelers CC is affiliated to the national cycling federation.",
    "View our previous inspection report (June 2019)",
])
def test_advertisement_features_inquiry_pages_status_pages_and_parish_magazines_furniture(line):
    assert boilerplate_line(line)


@pytest.mark.parametrize("line", [
    "Images of the flooded street were shared widely on Monday.",
    "With love and patience, she rebuilt the shop, her son said.",
    "Still having problems with the trains, commuters told the meeting.",
    "The club is affiliated to the national federation, which paid for the new nets, its chairman said, and plans to grow.",
])
def test_sentences_with_the_same_openings_are_not_those_notices(line):
    assert not boilerplate_line(line)


# ------------------------------------------------------------------------ 114th to 117th batches
@pytest.mark.parametrize("line", [
    "By sending a photograph you confirm that you took it and agree that the Gazette may publish it.",
    "Get my quote",
    "Rated 4.8 out of 5 from 2,140 reviews on ShopperVerdict",
    "Rated Excellent · 4.7 out of 5 based on 2,318 guest reviews",
    "Made one? Share your finished cowl on our community board with #ExampleCowl",
    "Download PDF (2 pages, 310 KB)",
    "Rate this pattern: ★★★★☆ (212 ratings)",
    "Suggested Topics: Aerospace & Defense · Transport · Example",
    "Acquire Licensing Rights",
    "Example Farm, Wrenford Lane, Upper Ashcombe, WR7 4HB · 01632 960418",
    "Example Lakes Holiday Park, Fellside Road, Fendlow, HX9 4QP",
    "The Pocket Example, PO Box 4471, Corvell",
    "Forward to a friend",
    "Share or comment on this article: Facebook · X · WhatsApp · Email",
    "Season tickets on sale now. Friends' priority booking closes 30 June.",
    "Box Office: 01632 960 772, Monday to Saturday 10am to 6pm",
    "Be the first to hear about new concerts, artist news and special offers.",
    "Ready to get started? Book an appointment online or call 01632 960 418.",
    "Book an appointment",
    "Make a complaint, comment or compliment online",
    "Some links in this newsletter are affiliate links, which means The Example earns a small commission.",
    "Reception: 01632 960418 · Open daily 8am–8pm · Find us · My booking",
    "Still can't find your answer?",
    "Start your fundraiser",
])
def test_shop_venue_holiday_park_and_newsletter_furniture_is_boilerplate(line):
    assert boilerplate_line(line)


@pytest.mark.parametrize("line", [
    "Address: 3 Example Court, Fenwick Street, Ashcombe, AS2 9LB",
    "Make a plan before the storm arrives, forecasters urged.",
    "Be the first to admit it: the bridge was a mistake, the councillor said.",
    "Rated one of the best schools in the county, it still lost pupils.",
])
def test_a_warnings_address_field_and_sentences_stay_prose(line):
    assert not boilerplate_line(line)


# ------------------------------------------------------------------------ 118th to 121st batches
@pytest.mark.parametrize("line", [
    "Do you agree? Send a letter of no more than 300 words to letters@example.co.uk",
    "Example Building Society is authorised and regulated under registration number 123456.",
    "Limited tickets remaining",
    "mothparadeband • Follow",
    "View more on Instagram",
    "Report crime online at example.police.uk/report or call 101. Always dial 999 in an emergency.",
    "Corvenna, 19 October 2025",
    "Download high-resolution press images",
    "Members' Login",
    "Nominee's name: ______________________ Membership no.: __________",
    "Other club notices",
    "Website design by Example Studio",
    "Continental Wire Service reporter Sam Example contributed from Larkin.",
    "Example provided a review unit for this article. HomeGear Lab does not accept payment for reviews.",
    "Event details are correct at the time of publication but may change. Please check before you travel.",
    "Update – Thursday 16 January, 14:00",
    "Crypto assets are highly volatile and may be unregulated in some jurisdictions.",
])
def test_society_venue_release_form_and_exchange_furniture_is_boilerplate(line):
    assert boilerplate_line(line)


@pytest.mark.parametrize("line", [
    "Do you agree with the plan, the minister was asked.",
    "Limited tickets went on sale at 9am and sold out within minutes.",
    "The firm provided a review of its safety procedures to the council.",
    "Update the app before Friday, the bank told customers.",
])
def test_news_sentences_with_those_openings_stay_prose(line):
    assert not boilerplate_line(line)


def test_closing_bios_of_a_dietitian_a_columnist_and_a_sportswriter():
    for bio in ("Priya Example is a registered dietitian who has worked in hospital and community clinics.",
                "Marjorie Example answers readers' gardening questions every Sunday.",
                "Dan Example has written about football for the Crossbar for 19 years."):
        name = " ".join(bio.split()[:2])
        text = f"Headline about the thing\n\nBy {name}\n\n{BODY}\n\n{bio}\n"
        assert roles_of(text)[-1][1] == BOILERPLATE, bio


# ------------------------------------------------------------------------ 122nd and 123rd batches
@pytest.mark.parametrize("line", [
    "Branch Bulletin, Issue 42, October 2024",
    "In solidarity,",
    "Not a member yet? Join the union online in five minutes and have your say on the offer.",
    "Schedule last updated: 3 March 2025",
    "Sponsored by Example Bakery, proud supporters of community radio · Advertise with us",
    "Get involved · We are run almost entirely by volunteers. Fancy presenting a show?",
    "Listen on 97.3 FM · DAB+ across Example Vale · example.org",
    "The Courier's editorial board: Publisher Dana Example, Editor Samuel Example, Opinion Editor Ruth Example",
    "Book a table online or call us on 01632 960418. For parties of nine or more, please email us.",
    "Example Kitchen, 14 Quay Street, Pellworth PW3 1QA",
    "From: Department for Communities and Rural Affairs and The Hon. Miriam Example MLA",
    "Apply for a Community Buildings Energy Fund grant",
])
def test_union_station_restaurant_and_government_page_furniture_is_boilerplate(line):
    assert boilerplate_line(line)


@pytest.mark.parametrize("line", [
    "Site address: Land east of Tanner's Lane, Oakby Cross, Brackford BR4 7QT",
    "Sponsored by the council, the scheme has paid for 40 new boilers.",
    "In solidarity with the strikers, drivers at two other depots walked out.",
])
def test_an_address_field_and_sentences_stay_content(line):
    assert not boilerplate_line(line)


# ------------------------------------------------------------------------ 124th and 125th batches
@pytest.mark.parametrize("line", [
    "Call us: 01632 960 418 | Mon–Fri 7.30am–5pm | Rated 4.9/5 from 126 reviews",
    "Call us on 01632 960418 | Book an appointment online",
    "Posted 14 October 2024 by the Example & Sons team",
    "Send us your tips for next week's competition: your best market town. Email tips@example.com",
])
def test_a_builders_contact_bar_and_a_teams_post_credit_are_boilerplate(line):
    assert boilerplate_line(line)


def test_a_facebook_comment_credited_with_a_comma_before_on():
    text = (f"{BODY}\n\nPassengers reacted angrily on the company's Facebook page. Here is a selection:\n\n"
            "Two buses an hour cut to one. How am I meant to get to work for eight?\n\n"
            "— Tanya Example, on Facebook\n\n"
            "The company said the changes followed a fall in passenger numbers.\n")
    roles = [r for _, r in roles_of(text)]
    assert roles[2:4] == [POST, ATTRIBUTION] and roles[4] == PROSE


# ------------------------------------------------------------------------------- 126th batch
@pytest.mark.parametrize("line", [
    "If you have a question for Aldous, email askaldous@example.co.uk. Letters may be edited.",
    "Help us improve EXAMPLE.GOV: to help us improve the site, we would like to know how you used it.",
    "Volunteer with us: we are always looking for new timekeepers and judges.",
    "Published 11 March 2025 · Last updated 18 March 2025 · See all updates",
])
def test_a_columns_question_call_and_a_government_pages_feedback_are_boilerplate(line):
    assert boilerplate_line(line)


def test_a_labelled_scorecard_is_the_critics_rating():
    text = f"{BODY}\n\nRatings: Wine 9/10 · Food 6/10 · Atmosphere 9/10 · Value 7/10\n"
    assert roles_of(text)[-1][1] == RATING
    assert not boilerplate_line("If you have a question, the council's helpline is open until 8pm.")


# ------------------------------------------------------------------------------- 127th-130th batches
@pytest.mark.parametrize("line", [
    "Buy at Harlow & Finch · £64.99 | Check price at ShopDirectly",
    "Share price (EXMP) 612.5p ▲ 4.0p (+0.66%) | Delayed by at least 15 minutes",
    "Download full report (PDF, 8.7MB) | Strategic report only (PDF, 3.2MB) | Order a printed copy",
    "Previous: Highlights of the year | Next: Chief Executive's review",
    "Cautionary statement: This statement contains forward-looking statements, which are subject to risks.",
    "This announcement contains forward-looking statements about the group's plans.",
    "Listing ref: EX-4471 · Added 14 October · Last updated 17 October",
    "Marketed by Example Lettings, Riverside branch · 01632 960000 · Lines open Mon–Sat 9am–6pm",
    "We will never share your email address with anyone. You can unsubscribe at any time.",
    "To support The Example Review, order your copy from our bookshop. Delivery charges may apply.",
    "New here? Try seven days free, with no joining fee until March. Claim your pass",
    "Book a class: download the Example Gym app, available on iOS and Android",
    "No comments yet. Leave a reply",
    "Find out more about school transport",
    "Dated this 6th day of February 2025.",
    "Get new listings first: set up an email alert for flats in Riverside. [Create alert]",
    "Have something for the next newsletter? Send it to news@example.org by 25 June.",
    "Have you been refused a refund? Email money@example.com with your story. We read every message.",
    "Please send your sightings to records@example.org by Sunday evening, with a grid reference.",
    "UPDATE – 21 February 2025",
    "Original release – 14 June 2024",
    "Posted 2 June 2024 by Jan Example, newsletter editor",
    "Similar properties to rent",
])
def test_shop_buttons_investor_page_chrome_listing_lines_and_calls_for_contributions_are_boilerplate(line):
    assert boilerplate_line(line)


@pytest.mark.parametrize("line", [
    "Buy at your own risk, the regulator warned.",
    "Order from the market before Friday to get it by Christmas.",
    "The share price fell 4p to 612p on Tuesday.",
    "Previous owners had let the house fall into disrepair.",
    "We will not share the stage with extremists, the party said.",
    "No comments were made by the council.",
    "Find out more about the scheme at the library on Tuesday.",
    "Try seven days of this and you will feel better.",
    "To support the bid, the council must find £2m.",
    "Update: the road has reopened after the crash.",
])
def test_sentences_opening_like_that_chrome_stay_prose(line):
    assert not boilerplate_line(line)


@pytest.mark.parametrize("line", [
    "— Jan Example, Riverside, 3 March",
    "— Sam E., tenant 2019–2021 (verified tenancy)",
])
def test_a_forum_post_credited_with_place_and_day_and_a_verified_review_credit_are_attributions(line):
    assert attribution_span(line) == (0, len(line))
    assert attribution_span("— Jan Example, Riverside") is None


def test_a_buying_guides_priced_pick_is_the_writers_verdict_but_an_award_is_not():
    text = f"{BODY}\n\nBest overall: Example Aria 1.7L, £64.99\n\nBest Picture: The Long Night\n"
    assert [r for _, r in roles_of(text)][-2:] == [RATING, PROSE]


def test_a_free_worded_signoff_and_its_name_or_team_close_the_page():
    text = f"{BODY}\n\nGood birding,\n\nColin\n"
    assert [r for _, r in roles_of(text)][-2:] == [BOILERPLATE, BOILERPLATE]
    text = f"{BODY}\n\nSee you in the yard,\n\nJan, Tom and all the team at Example Farm\n"
    assert [r for _, r in roles_of(text)][-2:] == [BOILERPLATE, BOILERPLATE]
    # a comma line over a sentence is not a sign-off
    text = f"{BODY}\n\nAnd finally,\n\nThe council will meet again on Friday.\n"
    assert [r for _, r in roles_of(text)][-2] == PROSE


def test_a_bare_name_under_a_newsletters_closing_line_is_its_signature():
    text = (f"{BODY}\n\nThat's all for this month. Happy growing, and see you down the paths.\n\nMaureen\n\n"
            "The committee meets on the first Monday of each month.\n")
    assert [r for _, r in roles_of(text)][-2:] == [BOILERPLATE, PROSE]
    from slant.line_shapes import _VALEDICTION
    assert _VALEDICTION.match("Thanks for reading, and see you next week.")
    assert not _VALEDICTION.match("That is the council's view.")


# ------------------------------------------------------------------------------- 131st-134th batches
@pytest.mark.parametrize("line", [
    "Jump to Recipe · Print Recipe · ★★★★★ 4.9 from 112 votes · 48 Comments",
    "Nutrition information is an automatically generated estimate and should be used as a guide only.",
    "Never miss a recipe! Join 24,000 readers and get a new dish in your inbox every Friday.",
    "See also[edit]",
    "External links[edit] Example Town Council Example Museum",
    "This page was last edited on 17 August 2024, at 09:42 (UTC).",
    "From Examplepedia, the free encyclopedia",
    "This article needs additional citations for verification. Please help improve this article.",
    "For the village in Westshire, see Example Parva.",
    "Article Talk Read Edit View history Tools",
    "Contents 1 History 1.1 Origins 1.2 Wool trade 2 Geography 3 Governance",
    "Text is available under an open content licence; additional terms may apply.",
    '1. ^ "Example parish: 2021 census profile". Westshire Statistics Office.',
    "Search Examplepedia Search Donate Create account Log in",
    "Home Rides Racing Membership Blog Kit Shop Contact",
    "To: Example Watch members",
    "Message sent via Example Alert on behalf of Example Neighbourhood Watch.",
    "Please do not reply to this email, as this inbox is not monitored.",
    "This email contains important information about your energy supply, so please read it carefully.",
    "Get the Example Energy app: App Store | Google Play",
    "[ Buy the book ] [ Download this guide (PDF) ]",
    "Pre-order now",
    "See all 41 looks from Example Autumn/Winter 2025",
    "Support the dig: the project is run by volunteers and every donation helps.",
    "Evening all,",
    "Cheers, Rosie & Tom (your landlords)",
    "UIN 4127, tabled on 2 March 2026",
    "Asked by Jan Example (Example Vale)",
    "Answered on 11 March 2026",
    "Vote now",
    "Follow the campaign: Instagram @example4welfare · Questions? Email us",
    "Posted on Tuesday 14 July by Dr Jan Example, site director",
])
def test_recipe_encyclopaedia_email_and_parliament_page_chrome_is_boilerplate(line):
    assert boilerplate_line(line)


@pytest.mark.parametrize("line", [
    "Never miss a payment: set up a direct debit.",
    "This article was amended after the council corrected its figures.",
    "For the first time in a decade, see-through packaging was banned.",
    "Asked by reporters whether she would resign, she said no.",
    "Support the bid, the mayor urged residents on Tuesday.",
    "Please do not park on the verge outside the school.",
    "Text messages seen by the paper show the deal was agreed in May.",
    "Home Secretary Meets Rail Chiefs Over Strike",
])
def test_sentences_like_that_chrome_stay_prose(line):
    assert not boilerplate_line(line)


@pytest.mark.parametrize("line", [
    "— Example Front Line (@examplefront), Telegram, 14 May 2024, 05:12",
    "— Jan Example, Governor of Westshire (@jan_example), Telegram, 14 May 2024, 07:40",
    "— Gary M., Example Close, posted 10 Feb",
])
def test_a_telegram_channels_credit_and_a_posted_day_credit_are_attributions(line):
    assert attribution_span(line) == (0, len(line))


def test_a_review_sites_cards_open_reviews_down_to_the_next_furniture_line():
    text = (f"{BODY}\n\nSophie R. · Example Green · 23 contributions\n\n★★★★★ “Proper harbour pub with rooms”\n\n"
            "We stayed three nights and the room looked straight out over the boats.\n\n"
            "Helpful (14) · Share · Report\n\n"
            "Response from Jan Example, Owner at The Example Inn · Responded 2 Oct 2024\n\n"
            "Dear Sophie, thank you so much for your kind words.\n\n"
            "Mark_T_1971 · 4 contributions\n\nThe location cannot be beaten, but our room was cold.\n\n"
            "Helpful (31) · Share · Report\n")
    roles = [r for _, r in roles_of(text)]
    assert roles[1:5] == [ATTRIBUTION, POST, POST, BOILERPLATE]
    assert roles[5:10] == [ATTRIBUTION, POST, ATTRIBUTION, POST, BOILERPLATE]
    # a card line with nothing under it down to furniture opens no review
    assert [r for _, r in roles_of(f"{BODY}\n\nJan Example · 12 reviews\n")][-1] != ATTRIBUTION


def test_a_full_name_over_its_role_line_under_the_last_sentence_is_a_signature():
    text = f"{BODY}\n\nDenise Example\n\nArea Coordinator, Example Neighbourhood Watch\n"
    assert [r for _, r in roles_of(text)][-2:] == [BOILERPLATE, BOILERPLATE]
    text = f"{BODY}\n\nDenise Example\n\nThe council will meet again on Friday to decide.\n"
    assert [r for _, r in roles_of(text)][-2] != BOILERPLATE


# ------------------------------------------------------------------------------- 135th-138th batches
@pytest.mark.parametrize("line", [
    "Previous bulletins",
    "Listings information",
    "Other dogs looking for homes",
    "Box Office 01632 960000 | Open Tuesday to Saturday, 12 noon – 6pm",
    "Download these comments as a PDF (186 KB)",
    "View all planning applications on the Example District Council planning portal",
    "Published 21 March 2025 by the Parish Clerk",
    "Updated 6:42am June 3 — first published 5:15am",
    "Free local delivery on orders over £40 this weekend only. Shop now",
    "Become a Friend of the Example Playhouse from £40 a year and enjoy priority booking.",
    "Gift Aid it: if you are a UK taxpayer, we can claim an extra 25p for every £1 you give.",
    "TICKETS: Example United (H) – Saturday 3pm – Buy now and save £2",
    "Apply to adopt Pickle",
    "Add your name: tenants who have not yet signed can add their household online.",
    "Join the association: membership is free for all tenants.",
    "This information is available in other languages and formats, including large print.",
    "That's the news. More at half past eight, and you can get the latest on our website.",
    "Can't adopt? Sponsor Pickle for £5 a month and help cover her care.",
    "For interviews and further information please contact Jan Example, Press Officer, on 01632 960000.",
    "Press images are available to download from the Institute's press room.",
    "Parish Clerk: Mrs Jan Example · clerk@example.org · 01632 960000 (Monday and Thursday mornings)",
])
def test_council_venue_charity_and_bulletin_furniture_is_boilerplate(line):
    assert boilerplate_line(line)


@pytest.mark.parametrize("line", [
    "Join the queue and you will wait an hour.",
    "Can the council afford it? Nobody on the committee could say.",
    "For more than forty years the fen has been owned by one family.",
    "Published in 1947, the report was ignored for decades.",
    "That's the news the residents had been waiting for.",
])
def test_prose_opening_like_that_furniture_stays_prose(line):
    assert not boilerplate_line(line)


@pytest.mark.parametrize("line", [
    "— Jan Example (Example Studio), #announcements, Example Official Discord, 3 June 2025",
    "— fenwick | Community Manager, reply in #announcements, 3 June 2025",
])
def test_a_discord_message_credited_with_its_channel_is_an_attribution(line):
    assert attribution_span(line) == (0, len(line))


def test_a_first_name_between_the_last_sentence_and_the_furniture_signs_the_page():
    text = f"{BODY}\n\nDale\n\nShare this article\n"
    assert [r for _, r in roles_of(text)][-2] == BOILERPLATE
    # a one-word line before more prose is not a sign-off
    text = f"{BODY}\n\nDale\n\nThe council will meet again on Friday to decide.\n"
    assert [r for _, r in roles_of(text)][-2] != BOILERPLATE


# ------------------------------------------------------------------------------- 139th-142nd batches
@pytest.mark.parametrize("line", [
    "Key events: 22.02 Best film · 21.12 Best actress · 19.41 Best supporting actor",
    "£1,385 raised of £1,500 target by 62 supporters",
    "Show more supporters",
    "Visit charity website",
    "Report this page",
    "Your donation is processed securely. Example Giving charges no platform fee.",
    "To report a possible error, email corrections@example.co.uk or write to the Readers' Editor. Please give the date.",
    "The Example Courier abides by the Editors' Code of Practice overseen by the press regulator.",
    "Example Lettings is a member of the Property Ombudsman scheme and holds client money protection.",
    "Earlier updates",
    "★ Like   23 bloggers like this.",
    "Statistical bulletin | Release date: 20 November 2024 | Next release: 18 December 2024",
    "Contact: Jan Example, Prices Division, prices@example.gov",
    "8. Related links",
    "9. Cite this statistical bulletin: Example Office for Statistics (2024).",
    "Free delivery on your first online shop over £40. New customers only.",
    "Shop the Christmas range >",
    "Get the Example app. Book delivery slots and scan your card.",
    "Check against delivery.",
    "Ends. Watch the full speech on the party's YouTube channel.",
    "Event by Friends of Example Shore and Jan Example",
    "Public · Anyone on or off Facebook",
    "Write a comment…",
    "Suggested events",
    "SAT, 22 MAR · Repair Café at Example Library · 18 going",
    "Book a Viewing",
    "Was this newsletter useful? Tell us what you would like to see in the next edition by email.",
    "Related research",
    "Our charts may be reused under a Creative Commons Attribution licence, crediting the Foundation.",
])
def test_fundraising_statistics_event_and_regulator_furniture_is_boilerplate(line):
    assert boilerplate_line(line)


@pytest.mark.parametrize("line", [
    "The council is a member of the regional transport board.",
    "£2m was raised of the £3m the club needs, the chairman said.",
    "Visit the castle early to avoid the queues.",
    "Contact with the suspect was lost at 9pm.",
    "Key events this week include the budget and two by-elections.",
])
def test_sentences_like_that_furniture_stay_prose_139_142(line):
    assert not boilerplate_line(line)


def test_a_one_line_sign_off_with_a_first_name_before_the_furniture_signs_the_page():
    text = f"{BODY}\n\nFly safe, Gareth\n\nShare this article\n"
    assert [r for _, r in roles_of(text)][-2] == BOILERPLATE
    text = f"{BODY}\n\nFly safe, Gareth\n\nThe council will meet again on Friday to decide.\n"
    assert [r for _, r in roles_of(text)][-2] != BOILERPLATE


# ------------------------------------------------------------------------------- 143rd-146th batches
@pytest.mark.parametrize("line", [
    "Call us free on 0808 157 0000 · Mon–Fri 8am–7pm",
    "Book a free 30-minute consultation",
    "Need advice about your divorce? Our team offers a free, no-obligation call.",
    "Similar lots in this auction",
    "Customers also viewed",
    "< Back to catalogue: Online Auction, 18–19 March 2025",
    "Quantity: 1 | Add to basket | Add to wish list",
    "The Example Syndicate #25 (shop variant) – £6.99 | Add to basket",
    "In stock. Order within 4 hrs 20 mins for next-day delivery.",
    "47 people found this helpful | Helpful? Yes | No | Report",
    "Reply to this thread",
    "Log in or join Example Talk for free to post a reply.",
    "By submitting this form you consent to my office processing your personal data.",
    "Carers can't wait for the government to act. A gift of £15 could pay for a support call.",
    "Join the waiting list for a season four recorder",
    "Talk to us. Our Support Line is open 9am–8pm Monday to Friday on 0300 000 0000.",
    "This information was written by our Knowledge team and reviewed by Dr Jan Example.",
    "Review by Margaret Example",
    "How we make money: the site is free to use. We may receive a commission from suppliers.",
    "👉 Check ferry times and book your tickets on FerryExample",
    "Shop my packing list: the sunscreen I swear by · my sandals",
    "Example Comparison Ltd is registered in Calder under company number 08812345.",
    "7-minute read",
])
def test_shop_catalogue_forum_and_charity_furniture_is_boilerplate(line):
    assert boilerplate_line(line)


@pytest.mark.parametrize("line", [
    "Friday 14 March, 10:00am – 12:30pm — Example Library, Market Row, Exampleton EX3 4LP",
    "Back to the drawing board, the minister admitted after the vote.",
    "In stock markets, shares fell sharply on Tuesday.",
    "A gift of £15 was left at the door, neighbours said.",
    "Review by the watchdog found the trust had missed its targets.",
])
def test_an_event_line_with_an_address_and_prose_like_that_furniture_stay(line):
    assert not boilerplate_line(line)


def test_a_team_signature_between_the_last_sentence_and_the_furniture_signs_the_page():
    text = f"{BODY}\n\nImogen and the Night Voices team\n\nShare this article\n"
    assert [r for _, r in roles_of(text)][-2] == BOILERPLATE


# ------------------------------------------------------------------------------- 147th-150th batches
@pytest.mark.parametrize("line", [
    "Keep reading with a 7-day free trial",
    "Subscribe to The Example Ledger to keep reading this post and get 7 days of free access.",
    "Start trial",
    "Only paid subscribers can comment on this post",
    "Ready for more?",
    "£9.99   Add to basket   Add to wishlist",
    "★★★★★ 4.6 out of 5 (214 ratings)",
    "Read an extract",
    "Register to vote (opens in a new window)",
    "Elections Office: elections@example.gov · 01632 960000 · Monday to Friday",
    "Support student journalism. The Example is funded by readers and advertisers.",
    "Other vacancies",
    "Also in this issue", "Also in this newsletter",
    "Updated Friday 11 April, 17:40. All times shown in local time (UTC+1).",
    "Fixtures, times and channels are subject to change. Some events may not be shown in every region.",
    "Never miss a match. Add fixtures to My List and we will remind you 15 minutes before.",
    "Ad: Upgrade to Example Max – every channel, from £9.99 a month",
    "Calls may be recorded for training and security purposes. Lines are open 8am to 8pm.",
    "Example Building Society is authorised by the Prudential Regulation Authority and regulated by the FCA.",
    "Styling: Jan Example. Hair: Sam Example. Make-up: Dev Example.",
    "Download the papers",
    "Page last reviewed: 5 March. Next review due: 5 June.",
    "Posted 2 April in Magazine, Nature Notes",
    "Status: Open | Opened: 19 February 2024 | Closes: 31 March 2024",
    "Respond to this consultation",
    "You must be signed in to comment. Sign in | Create an account",
    "Watch live on Example Sports 1 from 2.15pm, or follow our live text commentary.",
    "Buy the Example Orbit 3 from £329 at Examplecart",
    "Contents: Who needs to send a return · Key dates · If you miss the deadline",
    "Have you visited the zoo this week? Share your photos and videos with us at news@example.com",
])
def test_paywall_shop_schedule_bank_and_consultation_furniture_is_boilerplate(line):
    assert boilerplate_line(line)


@pytest.mark.parametrize("line", [
    "Calls may be recorded for subsequent publication as a book of embarrassing anecdotes.",
    "Status: open. This consultation runs from 3 February until 28 March.",
    "Prices rose faster than expected, and they are subject to change again next month, the firm said.",
    "Keep reading the small print before you sign anything.",
    "Watch live football on a big screen at the village hall this Saturday.",
])
def test_sentences_like_that_furniture_stay_prose_147_150(line):
    assert not boilerplate_line(line)


# ------------------------------------------------------------------------------- 151st-154th batches
@pytest.mark.parametrize("line", [
    "Posted by Jan Example, head baker · 14 March 2025 · 4 min read",
    "Spotted a leak? If you see water escaping from the ground, call our leakline.",
    "Other self-guided walks",
    "Other works near you",
    "Download allergen matrix (PDF, updated 2 May 2025)",
    "Call us any time, day or night: 555-0187",
    "Our 2024 sponsors: Example Agri Supplies | Example Tyres",
    "Photo gallery from the day: 84 photos by Jan Example",
    "Out of hours: +44 7700 900000",
    "Last updated by Jan Example, shop owner, on 2 February 2025",
    "Didn't find your answer? Message Jan with the Contact seller button.",
    "Contact seller",
    "Official cider partner: Example Orchards",
    "Be first to hear about 2025 tickets. Enter your email address · Subscribe",
    "Request a call back",
    "Website by Example Digital",
    "These minutes are published in draft and may be amended when approved.",
    "Recent posts: Consultation dates announced | February meeting",
    "Buy online and save up to 20% on day tickets. Offer ends Sunday.",
    "Updated Thursday, 6:45 a.m. by the Example Ridge Mountain Operations team",
    "Find a warm space near you",
    "Buy Lanterns of Example: £24.99 at Example Store · £22.49 at GameNook",
    "Enjoyed this post? Sign up to get new reviews straight to your inbox.",
    "If you have a food allergy or intolerance, please tell your server before you order.",
    "Buy photos from this gallery at example.co.uk/photosales",
    "We're sorry for any disruption this work causes and thank you for your patience.",
])
def test_shop_charity_utility_and_club_furniture_is_boilerplate(line):
    assert boilerplate_line(line)


@pytest.mark.parametrize("line", [
    "£15 could provide a family with water purification tablets for a month.",
    "Sponsorship deals rose by 12 per cent last year.",
    "Be the first person in your family to go to university, she told the pupils.",
    "Out of the 40 applicants, only three were shortlisted.",
    "We're sorry for the loss of such a wonderful neighbour, the family said.",
])
def test_sentences_like_that_furniture_stay_prose_151_154(line):
    assert not boilerplate_line(line)


# ------------------------------------------------------------------------------- 155th-158th batches
@pytest.mark.parametrize("line", [
    "Recent results",
    "Background reading",
    "Affiliated to the Northern Example Rowing Association · Club code EXR",
    "Example Homes is a charitable community benefit society and a registered provider (no. L4471).",
    "Shop the tools for this project",
    "Posted 17 March 2025 by the Example Buslink customer team",
    "Download the new timetables",
    "Questions? Call our customer team on 01632 960000 (Monday to Friday, 8am to 6pm).",
    "Contact us: 0300 555 0100, Monday to Friday, 8am–6pm · Emergency repairs: 0300 555 0101",
    "Free click & collect in 1 hour | Free delivery on orders over £50",
    "Shop by department: Paint & Decorating | Garden | Building Materials",
    "Register to attend in person | Watch the livestream",
    "Members of the media should contact press@example.org to request a seat.",
    "Submit a question for the panel in advance using the form below.",
    "About Jan: I'm a former payroll clerk writing about everyday money.",
    "Get my free one-page budget planner when you join the newsletter.",
    "Join the Example Pet Health Club from £14.50 a month: annual boosters and flea treatment.",
    "Next event: Round 5, Example Airfield Sprint, Sunday 14 July.",
    "Marshals wanted! Volunteer at Example Airfield and get a free lunch.",
    "View the full draw, heat times and results for all clubs on the Example Regatta website.",
    "This live blog was produced as part of the Local Democracy Reporting Service.",
    "Jan Example is not a regulated financial adviser. This column provides general information only.",
    "Your turn: what's the one budgeting habit that has actually stuck for you?",
    "The livestream will appear on this page at the start time.",
])
def test_club_landlord_event_and_blog_furniture_is_boilerplate(line):
    assert boilerplate_line(line)


@pytest.mark.parametrize("line", [
    "About 200 people attended the meeting on Tuesday.",
    "Volunteers needed more training, the report found.",
    "The recording will be used as evidence, the court heard.",
    "The treasurer is not a qualified accountant, the audit found, which breached the rules.",
])
def test_sentences_like_that_furniture_stay_prose_155_158(line):
    assert not boilerplate_line(line)


# ------------------------------------------------------------------------------- 159th-160th batches
@pytest.mark.parametrize("line", [
    "Posted by Jan Example (Results Secretary) · 3 March 2025, 18:42",
    "Posted by Jan Example, Chief Presenter, Channel 9 Example · Tuesday 4 March 2025",
    "Previous results: 24 February | 17 February | 10 February | Archive",
    "Call 01632 960000 or book online at examplehearing.example",
    "Check my rate | Talk to a loan officer | Call 1-800-555-0100",
    "You might also need: Auto loans | Home equity lines of credit",
    "Loans subject to credit approval. Membership required.",
    "Watch the webcast of this meeting",
    "Get email notifications whenever Example creates, updates or resolves an incident.",
    "Powered by Beaconexample",
    "To report suspected cruelty, call our 24-hour cruelty line on 01632 960000.",
    "2. Before-and-after photographs of the dogs are available on request.",
    "Dear friends,",
    "With best wishes, Rosalind Example, Director",
])
def test_club_lender_status_page_and_letter_furniture_is_boilerplate(line):
    assert boilerplate_line(line)


@pytest.mark.parametrize("line", [
    "To report the scale of the damage, the council hired surveyors.",
    "Credit card debt rose sharply last year.",
    "Call centres in the region employ 4,000 people.",
])
def test_sentences_like_that_furniture_stay_prose_159_160(line):
    assert not boilerplate_line(line)


# ------------------------------------------------------------------------------- 161st-164th batches
@pytest.mark.parametrize("line", [
    "With thanks and warm wishes, Janice Example, Food Bank Coordinator",
    "Warm wishes, Harriet and the Example team",
    "★★★★½ 4.4 out of 5 from 37 customer reviews",
    "Notes by Jan Example, Director of Music",
    "Download this week's notices as a PDF (210 KB)",
    "Previous notices: Sunday 12 January | Sunday 5 January",
    "Gift Aid it! If you are a UK taxpayer, ticking the Gift Aid box adds 25p to every £1.",
    "Full senior men's results (412 finishers): Download PDF | View on RunExample",
    "League sponsor: Example Running Co. - league members get 10% off",
    "Add fixtures to your calendar",
    "With thanks to our sponsors: Example Books · Orbital Print Co.",
    "Last updated 2 June 2025. Programme subject to change; check the app on the day.",
    "Last updated 14 March by the Lettings Secretary",
    "Showing 4 of 37 reviews · Sort by: Most helpful",
    "Thread starter example_22 · Start date 3 Feb 2025 · Tags: inkjet",
    "Please switch off mobile phones. Photography and recording are not permitted.",
    "Know someone who would enjoy volunteering? Forward this newsletter to them.",
    "○ Four stars: excellent, with small quibbles (29%)",
    "[Vote] 1,284 votes so far. Poll closes 24 May.",
    "example_22 · New member",
    "Example_Techs marked this thread as Solved.",
    "< Race 2 Results: Example Edge | Race 4 Preview: Example Woods >",
    "Little Example CC is a registered Community Amateur Sports Club and is run by volunteers.",
    "Volunteer coordinator: Jan Example, volunteers@example.org.uk",
])
def test_results_newsletter_forum_and_poll_furniture_is_boilerplate(line):
    assert boilerplate_line(line)


@pytest.mark.parametrize("line", [
    "Good morning and welcome to our live coverage of day six of the trial.",
    "Example Carers Alliance is a registered charity that supports unpaid carers.",
    "Give £15 | Give £40 | Give £120 | Choose your own amount",
])
def test_lines_labellers_split_on_keep_their_older_reading(line):
    # a live page's welcome and a charity's description are content; donation buttons stay a menu
    assert boilerplate_line(line) is ("Give" in line)


# ------------------------------------------------------------------------------- 165th-168th batches
@pytest.mark.parametrize("line", [
    "Book online or call 01632 960 418",
    "Book a Service",
    "Last reviewed April 2024 by the association's swarm coordinator",
    "Next meeting: Full Council, Tuesday 10 June 2025, 7.30pm, Village Hall",
    "Join the association. Membership from £28 a year includes insurance.",
    "Join EXU today",
    "Register your interest",
    "Listed by Example & District MRS | Last updated 14 February 2025",
    "Event details are supplied by the organiser. Please check with the venue before travelling.",
    "Figures correct as at market close on Friday 17 October 2025.",
    "Prices correct as of 1 September 2024 and may change without notice.",
    "Important information: This article is for information only and is not advice.",
    "Example Invest is a trading name of Example Wealth Services Ltd, registered in England.",
    "This discussion is open until 06.00 BST on Wednesday. Sign in or create an account to comment.",
    "Alert 07/2025 · Issued Monday 10 March, 16:30 local time",
    "Send enquiry",
    "Get 10% off your next visit! Join the Example Garden Club.",
    "Call the café on 01632 880000 or email cafe@example.co.uk",
    "AUTUMN OFFER: Save 20% on selected frames when you book your eye test",
    "Example Cycles Ltd · 14 Tanner Row, Exampleton EX3 7HX · Company No. 08812345",
    "Email address *",
    "Workshop: 01632 960000 · workshop@example.co.uk",
])
def test_club_shop_listing_and_form_furniture_is_boilerplate(line):
    assert boilerplate_line(line)


@pytest.mark.parametrize("line", [
    "Join the queue early. Membership of the club is free for children.",
    "The offer: a 5% pay rise over two years, which the union rejected.",
    "Call the police on 999 if you see anyone acting suspiciously.",
])
def test_sentences_like_that_furniture_stay_prose_165_168(line):
    assert not boilerplate_line(line)


# ------------------------------------------------------------------------------- 169th-172nd batches
@pytest.mark.parametrize("line", [
    "Other notices on the Example & Tenbury Canal",
    "Recent issues",
    "Upcoming music",
    "Adopt now",
    "Posted by the Example Players committee | 12 January 2025",
    "Need help with your booking? Chat with us",
    "Need help? Our savings team is available Monday to Friday 8am–7pm.",
    "★★★★★ Rated 4.8 out of 5 from 1,206 adopter reviews",
    "Already renewed? Log in to your account to download your digital membership card.",
    "Questions? Read our membership FAQs or email membership@example.co.uk",
    "Ready to open an account? Apply online in around 10 minutes.",
    "Update #9",
    "See our full gallery of 60 pictures from the rally",
    "Copy template | Download as Word document (18 KB)",
    "Switch and save: compare broadband deals in your area.",
    "This editorial represents the view of the Example Courier. Letters are welcome.",
    "Join our mailing list for zoo news, offers and new arrivals.",
    "Your eligible deposits with Example Building Society are protected up to £85,000.",
    "87 people like this update",
    "In this guide: Check your contract · Give notice in writing · Cancel the direct debit",
    "Terms of entry   Privacy   Cookie settings   Accessibility   © 2025 Example Events",
])
def test_member_saver_guide_and_update_furniture_is_boilerplate(line):
    assert boilerplate_line(line)


@pytest.mark.parametrize("line", [
    "Ready to open an account, she walked into the branch on Monday.",
    "In this guide's first edition, the maps were wrong.",
    "Questions remain about how the money was spent.",
])
def test_sentences_like_that_furniture_stay_prose_169_172(line):
    assert not boilerplate_line(line)


# ------------------------------------------------------------------------------- 173rd-176th batches
@pytest.mark.parametrize("line", [
    "Book a walk",
    "Book a free Safe and Well visit",
    "Load 158 more comments",
    "Load more incidents",
    "u/quietlybuilding · 8h",
    "u/Example_Council_Comms · Official · 6h",
    "▲ 96 · Reply",
    "▲ 214 ▼ · 163 comments · Share · Save · Report",
    "saltmere_sam · 12 June 2025 at 10:14 · Reply",
    "Search halls, universities or cities",
    "Reviews are the personal opinions of students and do not represent the views of Example Rater.",
    "Information provided by Example Rater editors. Last checked: January 2025.",
    "Lived in Example Court? Write a review and help next year's students decide.",
    "About Community · t/Exampleton · News and chat for Exampleton · 24.6k members · 112 online",
    "Was this review helpful? Yes (12) | No (1) | Report",
    "Other ways to get involved: Volunteer at a club night · Fundraise for us · Become a partner",
    "Facebook Comments Plugin",
    "View photographs from the day",
    "Emergency? Always dial 999",
    "You must be 18 or over to buy from this site.",
    "Questions about your bill? Speak to our practice manager, Jo Example, on 01632 960 418 or email accounts@example.co.uk.",
    "Monthly report from Councillor Jo Example | Issue 27 | March 2025",
    "Promoted by Jo Example, 14 Kestrel Street, Exampleton, EX4 7QT.",
    "Similar halls near University of Exampleton",
    "Posted by Example Careers Team · 12 min read · 4 June",
])
def test_forum_review_site_booking_and_imprint_furniture_is_boilerplate(line):
    assert boilerplate_line(line)


@pytest.mark.parametrize("line", [
    "Search continues for missing walker",
    "Book sales rose by a fifth last year, the publisher said.",
    "Reviews of the scheme will be published in May.",
    "Similar complaints were made last year.",
    "You must be joking, said the chairman.",
    # A table's rows of figures and a schedule's rows are data, not a menu.
    "First contact (eclipse begins) | 09:02:40 | 24°",
    "Total duration | 2 hours 13 minutes | –",
    "11.00 am | Library Reading Room | Free, booking essential",
    "Location 4.6 | Cleanliness 3.5 | Facilities 3.7 | Value for money 3.2",
])
def test_sentences_and_data_rows_like_that_furniture_stay_prose_173_176(line):
    assert not boilerplate_line(line)


def test_a_rating_apps_credit_under_a_quoted_check_in_closes_the_post():
    text = (f"{BODY}\n\nWhat people are saying\n\n"
            "\"Stunning room, and the porter is next level.\"\n\n"
            "— hopsandhedges · ★★★★½ · Example Porter · 3 May\n\n"
            "\"Bit of a queue on opening night but the staff were lovely.\"\n\n"
            "— Dani K. · ★★★★ · Example Lager · 3 May\n\n"
            f"{BODY}")
    roles = [r for _, r in roles_of(text)]
    assert roles[2:6] == [POST, ATTRIBUTION, POST, ATTRIBUTION]


def test_a_starred_reviewer_card_opens_a_review_with_its_quoted_title():
    text = (f"{BODY}\n\nStudent reviews\n\n"
            "“Best location you could ask for”\n\n"
            "★★★★☆ Jo E., 1st year, Marine Biology, lived here 2023-24\n\n"
            "I was in Block D and honestly loved my year here. The noise was the only downside.\n\n"
            "Was this review helpful? Yes (34) | No (2) | Report\n\n"
            f"{BODY}")
    roles = roles_of(text)
    assert [r for _, r in roles[2:6]] == [POST, ATTRIBUTION, POST, BOILERPLATE]
    # Without the stars the same line is a sentence of the page.
    plain = text.replace("★★★★☆ ", "")
    assert [r for _, r in roles_of(plain)][3] != ATTRIBUTION


def test_a_forum_pages_own_poster_line_is_its_byline():
    text = ("t/Exampleton\n\nPosted by u/terraced_terrier · 9h\n\n"
            "New parking zone starts 1 July\n\n"
            "Letter came through the door yesterday. The council is bringing in a new zone.\n\n"
            "▲ 214 ▼ · 163 comments · Share · Save · Report\n")
    roles = roles_of(text)
    assert roles[1] == ("Posted by u/terraced_terrier · 9h", BOILERPLATE)
    assert all(r != POST for _, r in roles)


def test_a_short_closing_paragraph_holding_the_copyright_inside_is_the_footer():
    footer = "Example Magazine is published by Example Media Ltd. © 2025 · About · Advertise · Privacy · Terms"
    assert tag_roles_of(BODY + "\n\n" + footer)[1] == [BOILERPLATE] * len(tag_roles_of(footer)[0])
    run_by = ("Visit Exampleton is run by the Exampleton Tourism Partnership, a not-for-profit company. "
              "© 2025 All rights reserved. Privacy | Cookies | Accessibility")
    assert set(tag_roles_of(BODY + "\n\n" + run_by)[1]) == {BOILERPLATE}


def test_a_shops_name_over_its_banner_and_menu_is_the_masthead():
    text = ("Example & Vale\n\nFree UK delivery on orders over £60 | Students get 10% off\n\n"
            "Women | Men | Shoes | Accessories | Sale\n\nReturns made easy\n\n" + BODY)
    assert roles_of(text)[0] == ("Example & Vale", BOILERPLATE)
    text = "EXAMPLE BREWING CO.\n\nOur Beers | Tasting Room | Shop | Events | About\n\nThe tasting room is open\n\n" + BODY
    assert roles_of(text)[0] == ("EXAMPLE BREWING CO.", BOILERPLATE)


# ------------------------------------------------------------------------------- 177th-180th batches
@pytest.mark.parametrize("line", [
    "14,208 likes · 15,930 followers",
    "148 comments · 1.2K shares",
    "2d · 🌐",
    "👍❤️😮 312",
    "Most relevant",
    "dougal_k · 112 posts",
    "island_hopper · Destination Expert: Example Isles · 2,341 posts",
    "Replied 18 Sep, 21:14",
    "Call our Exampleton office: 01632 960 418",
    "Written by our veterinary care team | Last reviewed 14 October 2024 | 6 min read",
    "This article was produced under the Community News Reporting Partnership.",
    "This transcript was produced automatically and lightly edited. It may contain errors.",
    "[Transcript excerpt ends at 21:05. The full transcript is available to supporters.]",
    "The Example Hours is listener-funded. Support the show from £3 a month.",
    "Example Striders RC · Affiliated to Example Athletics · c/o The Ferryman's Arms, Quay Street",
    "Free delivery on your first box – use code FIRSTBOX at checkout",
    "Free UK postage on all orders over £20",
    "Pre-order",
    "Want to see your photo here? Upload it at example.org/pictures or email pictures@example.org.",
    "Join the Courier Camera Club on Facebook",
    "Leave a tribute for Jo Example. Tributes are moderated and may take up to 24 hours to appear.",
    "Showing 4 of 23 tributes",
    "See all Exampleton results",
    "Neighbouring wards",
    "Part of the Example Learning Trust.",
])
def test_social_page_forum_podcast_and_shop_furniture_is_boilerplate(line):
    assert boilerplate_line(line)


@pytest.mark.parametrize("line", [
    "Most relevant evidence was ignored.",
    "Part of the bridge collapsed on Tuesday.",
    "Call our bluff, the minister said.",
    "Join the protest on Saturday, organisers urged.",
    "This article was amended on 3 March to correct a date.",
    "Replied the minister: we will not resign.",
])
def test_sentences_like_that_furniture_stay_prose_177_180(line):
    assert not boilerplate_line(line)


def test_a_forum_posts_credit_under_its_quoted_text_is_an_attribution():
    line = "— u/example_tank, r/ExampleGame, 11 March 2025 · 4.8k upvotes"
    assert attribution_span(line) == (0, len(line))
    assert attribution_span("Players on r/ExampleGame said the change was unfair.") is None


def test_a_social_pages_comment_is_credited_by_the_name_above_it():
    text = (f"{BODY}\n\nComments\n\nJo Example\n\n"
            "Is the slipway car park still free on Sundays? Last time I got a ticket.\n\n"
            "3d · Like · Reply\n\nFriends of Example Shore\n\n"
            "Hi Jo, it is free until 1pm on Sundays.\n\n3d · Like · Reply · Author\n\nWrite a comment…\n")
    roles = roles_of(text)
    assert [r for _, r in roles[2:8]] == [ATTRIBUTION, POST, BOILERPLATE, ATTRIBUTION, POST, BOILERPLATE]
    # The heading over the comments is not a commenter.
    assert roles[1] != ("Comments", ATTRIBUTION)
    # Without the comment's controls below, a short name line stays the page's.
    plain = text.replace("3d · Like · Reply · Author", "Posted in Community").replace("3d · Like · Reply", "Read more")
    assert ATTRIBUTION not in [r for _, r in roles_of(plain)]


# ------------------------------------------------------------------------------- 181st-184th batches
@pytest.mark.parametrize("line", [
    "Still have a question?",
    "Invest now",
    "Search reviews…",
    "Reviews posted 9 May 2025 · 2 reviews · 1 comment",
    "143 backers · 19 days to go",
    "Buy this book from your local bookshop · Borrow it from your library",
    "Comments from under-13s are checked by a grown-up before they appear.",
    "More reviews for ages 7–9",
    "Want to be an Example Nook reviewer? Ask a grown-up to sign you up.",
    "Book a free test ride at our Example Road store",
    "This column offers general information and is not a substitute for individual medical advice.",
    "Update #1 · 3 weeks ago",
    "Download on the App Store | Get it on Google Play",
    "Previous issue: Summer newsletter | Next issue: Winter newsletter",
    "Sign the lecture capture petition",
    "Log in with your Example account to comment.",
    "Last reviewed: 14 March 2024 | Policy owner: Tenancy Enforcement Team",
])
def test_help_box_crowdfunding_app_and_review_site_furniture_is_boilerplate(line):
    assert boilerplate_line(line)


@pytest.mark.parametrize("line", [
    "Still, questions remain about the contract.",
    "Invest in the town centre, the report urged.",
    "Comments from residents were read out at the meeting.",
    "Previous owners had tried to sell the mill twice.",
    "Book sales at the festival rose by a third at the weekend.",
    "The policy owner: the council, which says it will review it in May.",
])
def test_sentences_like_that_furniture_stay_prose_181_184(line):
    assert not boilerplate_line(line)


# ------------------------------------------------------------------ shapes recurring in older misses
@pytest.mark.parametrize("line", [
    "About the speaker",
    "About this project",
    "Customer reviews",
    "Guest reviews",
    "In an emergency, always call 999.",
    "In an emergency always call 999. For non-emergencies call 101 or use our website.",
    "Breaking: Flood warnings in place for the River Example at Exampleton",
    "Travel update: Roadworks on Mill Lane extended until Friday",
    "Source: Example Foundation analysis of Tenancy Deposit Records. A methodology note is available.",
    "Full results and series standings after four races are on the Results page.",
    "Full layout list and hall plan on the society's website",
    "Example Paddle Co. Ltd, The Boathouse, Quay Lane, Exampleton. Registered in England no. 0912345.",
    "by Jo Example",
    "by Jo Example and Sam Roe",
    "Report it online",
    "Ratings: ★★★★ extraordinary; ★★★ excellent; ★★ very good; ★ good",
    "Affiliate notice: We may earn a commission if you book through links on this page.",
    "This post contains affiliate links, which means I may earn a small commission.",
    "Buy the book",
    "Explore more on these topics",
    "Select a departure date ▾ | Check availability",
])
def test_shapes_recurring_in_older_misses_are_boilerplate(line):
    assert boilerplate_line(line)


@pytest.mark.parametrize("line", [
    "What our members say matters more than any survey, the chair said.",
    "About the speaker's claims, the council said nothing.",
    "In an emergency the council can close the road.",
    "Breaking: the minister has resigned.",
    "Full results are available on the club website, and times should appear in the rankings soon.",
    "Report it to the police, officers said.",
    "by contrast, the county spent more.",
])
def test_sentences_like_those_shapes_stay_prose(line):
    assert not boilerplate_line(line)


def test_an_organisations_blurb_after_the_body_is_boilerplate():
    body = "\n\n".join([BODY] * 3)
    blurb = "Example Check is an independent, non-profit fact-checking newsroom. Support our work"
    roles = tag_roles_of(f"Libraries lose their Sundays\n\n{body}\n\n{blurb}")
    assert set(roles[-1]) == {BOILERPLATE}
    # Near the top of the page the same words are the article's.
    roles = tag_roles_of(f"Libraries lose their Sundays\n\n{blurb}.\n\n{body}")
    assert roles[1][0] == PROSE


def test_a_programmes_day_heading_is_content_but_a_dated_line_is_not():
    assert not boilerplate_line("Saturday 17 May")
    assert not boilerplate_line("Monday, 11 November")
    assert boilerplate_line("Saturday 17 May 2025")
    assert boilerplate_line("Saturday 17 May, 10:42am")


def test_a_dash_credit_under_a_closing_quotation_closes_the_quoted_message():
    text = (f"{BODY}\n\nYour messages\n\n"
            "“You got me through two winters on the night shift.\n\n"
            "Enjoy the lie-ins, you've earned every one of them.”\n\n"
            "— Jo Example, taxi driver, Exampleton\n\n"
            f"{BODY}\n\n— Sam Roe, Club Chair\n")
    roles = [r for _, r in roles_of(text)]
    assert roles[1:5] == [PROSE, POST, POST, ATTRIBUTION]
    # Under the writer's own text the same shape is a signature.
    assert roles[-1] == BOILERPLATE


# ------------------------------------------------------------------------------- 185th-188th batches
@pytest.mark.parametrize("line", [
    "Posted by Jo at Example Lane · 3 October 2024 · 4 min read",
    "Issued by the Ranger Service · Updated 12 June 2025, 08:30",
    "Example Brewing Co. Ltd, Unit 4, Skelton Lane Industrial Estate, Exampleton EX7 5TN",
    "Capital at risk. Investing in a small business is high risk: you could lose all the money you invest.",
    "How you can help: Donate food | Give money | Volunteer with us",
    "Apply online for school transport",
    "Speak to a lettings adviser",
])
def test_blog_notice_crowdfunding_and_button_furniture_is_boilerplate(line):
    assert boilerplate_line(line)


@pytest.mark.parametrize("line", [
    "Issued by the Met Office at 10:00 on Tuesday",
    "Posted by a neighbour, the photo was shared hundreds of times.",
    "Speak to a lawyer before you sign, the charity advises.",
    "Capital spending at risk, the council warns.",
])
def test_sentences_like_that_furniture_stay_prose_185_188(line):
    assert not boilerplate_line(line)


def test_a_commenter_marked_as_the_posts_author_heads_a_comment():
    text = (f"{BODY}\n\n2 Comments\n\nJo Example (post author) — 3 March 2025 at 8:15 am\n\n"
            "Thanks Kev, good to see you on board.\n")
    assert [r for _, r in roles_of(text)][2:] == [BOILERPLATE, POST]


def test_signers_with_their_role_under_a_sign_off_sign_the_page():
    text = f"{BODY}\n\nCheers,\n\nRob & Jo Example, co-founders\n\nUnsubscribe | Update your preferences\n"
    assert [r for _, r in roles_of(text)][1:3] == [BOILERPLATE, BOILERPLATE]


# ------------------------------------------------------------------------------- 189th-192nd batches
@pytest.mark.parametrize("line", [
    "Board index ‹ Repairs & Maintenance ‹ Example House",
    "by dot_at_41 » Mon 3 Mar 2025, 07:48",
    "by Jo E (Committee) » Tue 4 Mar 2025, 12:05",
    "Display posts from previous: All posts · Sort by: Post time · Ascending",
    "Post Reply",
    "Who is online: Users browsing this forum: 3 guests",
    "Call or text: 07700 900318",
    "Example Dog Walking · 14 Orchard Mews, Exampleton · Registered in England No. 11843620",
    "Example Garden Centre spring sale: 20% off seed potatoes, compost and grow bags",
    "Got a number we should know about? Just reply to this email.",
    "The Example Dispatch is published every Friday by Example Media Ltd.",
    "Posted by The Gadfly on 6 March 2025 · Council watch, Planning · 4 comments",
    "Text size: A A A",
])
def test_bulletin_board_newsletter_and_footer_furniture_is_boilerplate(line):
    assert boilerplate_line(line)


@pytest.mark.parametrize("line", [
    "Sat 12 April, 10am–1pm: Great Example Litter Pick. Meet at the bandstand.",
    "Who is online matters less than who turns up, the organiser said.",
    "by contrast » the county spent more",
    "The paper is published every Friday, the editor said, and costs £1.",
])
def test_sentences_like_that_furniture_stay_prose_189_192(line):
    assert not boilerplate_line(line)
    assert not _COMMENT_INLINE.match(line)


def test_a_commenter_with_a_day_and_time_but_no_year_heads_a_comment():
    text = (f"{BODY}\n\n3 comments\n\nJo Example · 15 March at 8:47 am\n\n"
            "Great write-up, I was there too.\n")
    assert [r for _, r in roles_of(text)][2:] == [BOILERPLATE, POST]


# ------------------------------------------------------------------------------- 193rd-196th batches
@pytest.mark.parametrize("line", [
    "Have you ridden one of the new buses? Tell us what you think at news@example.co.uk",
    "Find out about volunteering",
    "On this page",
    "Have an event you would like to see here? Email whatson@example.org by noon on Monday.",
    "New customers only. Discount applies to the first year's premium. See full terms.",
    "Need to talk? Call our listening line free on 0808 157 0462, 8am to midnight, every day.",
    "Want to share your own story? Get in touch with our communications team at stories@example.org.",
    "Have a weather photo? Send it through the Example app and it might appear on air.",
    "Member Login",
    "♡ 212   💬 47   ↻ 18   Share",
    "Similar threads: Is a £50 blazer normal? · Cheapest black school shoes",
    "Follow Jo: @JoWeatherExample",
    "Get the weekly report by email — Subscribe",
    "Other recent notices",
    "Posted 22 May 2025 by Example Wildlife Trust press office",
])
def test_reader_calls_links_and_social_counts_are_boilerplate(line):
    assert boilerplate_line(line)


@pytest.mark.parametrize("line", [
    "On this page you will find the results of the survey.",
    "Find out about the changes before you travel, the operator said.",
    "New customers only pay the lower rate for a year, the firm said.",
    "Have a look at the map before you set off.",
])
def test_sentences_like_that_furniture_stay_prose_193_196(line):
    assert not boilerplate_line(line)


# ------------------------------------------------------------------------------- 197th-200th batches
@pytest.mark.parametrize("line", [
    "Incident EX-2291 · Opened Tuesday 14 November, 06:52 · Last updated Tuesday 14 November, 11:05",
    "Get updates for this incident by email or text message. Manage alerts",
    "Courier editorials represent the view of the newspaper's editorial board.",
    "Open today 10:00 am – 5:00 pm · 214 Quarry Street, Exampleton",
    "Join Now",
    "Give a Gift Membership",
    "Questions about your membership? Call the Membership Office at (555) 014-2290.",
    "Timetable correct at time of publishing. Classes may change or be cancelled.",
    "Jo Example answers readers' consumer problems every Sunday. She regrets she cannot reply personally.",
    "Live text commentary by Jo Example",
    "Last updated: 2 February 2025 by the committee",
    "Search: plumber in Exampleton",
    "Show more reviews (33)",
    "People also viewed",
])
def test_status_membership_directory_and_column_furniture_is_boilerplate(line):
    assert boilerplate_line(line)


@pytest.mark.parametrize("line", [
    "Incident reports rose by a third last year.",
    "Open today, the new library has 40,000 books.",
    "Join now or lose your place, the club warned its members in a letter.",
    "Live coverage by the BBC drew 4 million viewers.",
    "Search teams found the walker on Sunday.",
])
def test_sentences_like_that_furniture_stay_prose_197_200(line):
    assert not boilerplate_line(line)


# ------------------------------------------------------------------------------- 201st-204th batches
@pytest.mark.parametrize("line", [
    "Buy shares now",
    "Search courses",
    "Search clubs, fixtures and news",
    "Sign our petition: Fair Parking Now",
    "Season: 2024/25 | Competition: Premier League | Round: All | Apply filters",
    "Read the full report: Structure, governance and management · Financial review",
    "Get in touch",
    "Phone or text 07700 900318 · Email jo@example.co.uk",
    "Sent by Jo Example, events manager · 2 April",
    "Members' comments (5)",
    "Or call us on 01632 960 418",
    "Join the union",
])
def test_share_offer_club_charity_and_newsletter_furniture_is_boilerplate(line):
    assert boilerplate_line(line)


@pytest.mark.parametrize("line", [
    "Get in touch with your feelings, she said.",
    "Join the union, the organiser urged, before the ballot closes.",
    "Or call it what it is: a tax.",
    "Sent by mistake, the letter reached 4,000 homes.",
])
def test_sentences_like_that_furniture_stay_prose_201_204(line):
    assert not boilerplate_line(line)


# ------------------------------------------------------------------------------- 205th-208th batches
@pytest.mark.parametrize("line", [
    "Related help",
    "Posted by the editors · 18 October 2024",
    "Posted by the Example & Finch press office | 17 October | 4 min read",
    "Home > Pricing & How It Works",
    "Upcoming auctions",
    "Get updates like this by email: join Example Community Messaging",
    "Follow the Example Valley teams on X: @ExamplePoliceWV",
    "SHOP: Example Slim Kitchen Scale, £12.99 (affiliate link)",
    "Helpline: 0300 555 0192 (Monday to Friday, 9am to 5pm)",
    "Call our helpline on 0300 555 0192 or start a webchat",
    "Newsletter: Sign up for news of releases, events and tours",
    "We reserve the right to edit letters for length and clarity.",
    "Name and address supplied",
    "Please enjoy Example Gin responsibly. You must be 18 or over to buy alcohol.",
    "Request our free legacy guide",
    "Adopt a red panda from £40 – your adoption helps fund our conservation work",
])
def test_help_page_letters_shop_and_charity_furniture_is_boilerplate(line):
    assert boilerplate_line(line)


@pytest.mark.parametrize("line", [
    "Related help came from neighbouring councils.",
    "Follow the river on foot: the path is well marked.",
    "Adopt a realistic budget, the adviser said.",
    "We reserve judgement until the report is published.",
])
def test_sentences_like_that_furniture_stay_prose_205_208(line):
    assert not boilerplate_line(line)


def test_a_commenter_with_a_role_in_brackets_and_a_says_header_without_a_year():
    text = (f"{BODY}\n\n3 Comments\n\nJo Example (Keeper) · 18 March 2025 at 15:02\n\n"
            "Thanks for the lovely photos.\n\nSam Roe says: 21 April at 7:14 pm\n\nGreat post.\n")
    assert [r for _, r in roles_of(text)][2:] == [BOILERPLATE, POST, BOILERPLATE, POST]


# ------------------------------------------------------------------------------- 209th-212th batches
@pytest.mark.parametrize("line", [
    "A version of this article appears in print on March 15, 2025, Section B, Page 11, with the "
    "headline: Example Person, 81, Pianist.",
    "This review appeared in print in the Saturday edition.",
    "Join the union today",
    "Add the April Mixed Case to your basket",
    "From the desk of Jo Example",
    "Last updated Sunday 14 July by the club secretary",
    "If you enjoyed this, you might also like:",
])
def test_print_note_shop_button_newsletter_byline_and_teaser_heading_are_boilerplate(line):
    assert boilerplate_line(line)


@pytest.mark.parametrize("line", [
    "Add the onions to the pan and cook until soft.",
    "A version of this plan appeared in the council's 2019 budget.",
    "From the desk of a minister, the memo reached every school.",
    "If you enjoyed this season, you will enjoy the next one even more.",
])
def test_sentences_like_that_furniture_stay_prose_209_212(line):
    assert not boilerplate_line(line)


def test_group_posts_credited_posted_by_in_a_group_with_a_writer_line_between_them():
    text = ("Example Primary School was rated 'requires improvement' on Tuesday.\n\n"
            "One parent wrote:\n\nAbsolutely gutted. Nobody told us anything.\n\n"
            "— Posted by Jo E. in Example Parents Group, 11 November at 19:42\n\n"
            "Not all of the comments were critical.\n\nGive the head a chance. My two love it there.\n\n"
            "— Posted by Sam Roe in Example Parents Group, 12 November at 07:31\n")
    assert [r for _, r in roles_of(text)] == [PROSE, PROSE, POST, ATTRIBUTION, PROSE, POST, ATTRIBUTION]


# ------------------------------------------------------------------------------- 213th-216th batches
@pytest.mark.parametrize("line", ["Mar 12, 10:58 UTC", "21 May, 10:00 local time", "June 4 at 9:30am",
                                  "March 2025"])
def test_a_day_with_its_clock_time_or_a_month_with_its_year_alone_is_a_timestamp(line):
    assert is_timestamp(line)


@pytest.mark.parametrize("line", ["27 February, 4:10pm: Start date confirmed for Monday.",
                                  "March 2025 was the wettest month on record.", "May 12 people"])
def test_dated_entries_and_sentences_are_not_timestamps(line):
    assert not is_timestamp(line)


def test_a_facebook_page_credit_with_day_time_and_shares_closes_the_post_above_it():
    text = (f"{BODY}\n\nIn a post on the club's Facebook page, the committee wrote:\n\n"
            "Absolutely heartbroken. We have lost years of work in one night.\n\n"
            "Example & District Angling Club, 16 June at 21:47 · 412 shares\n\n"
            "By Tuesday the post had been shared more than 400 times.\n")
    assert [r for _, r in roles_of(text)] == [PROSE, PROSE, POST, ATTRIBUTION, PROSE]


def test_a_blog_byline_with_only_a_comment_count_is_no_post_credit():
    assert attribution_span("Jo Example, 3 June · 41 comments") is None


def test_questions_answered_by_wholly_quoted_paragraphs_are_an_interview():
    text = (f"{BODY}\n\nHow did the café start?\n\n\"A neighbour had a shed full of tools. We put a "
            "notice in the paper and fourteen people came.\"\n\nWhat do people bring?\n\n\"Everything! "
            "Lamps are the most common, then clothes.\"\n")
    roles = tag_roles_of(text)
    assert set(roles[2]) == {ANSWER} and set(roles[4]) == {ANSWER}
    assert ANSWER not in roles[1] + roles[3]  # the questions keep their heading or question role


def test_questions_answered_in_the_writers_own_words_stay_prose():
    text = (f"{BODY}\n\nWhy close on Sundays?\n\nThe board says Sunday opening costs the most.\n\n"
            "What happens next?\n\nA public meeting is due in March.\n")
    roles = tag_roles_of(text)
    assert ANSWER not in roles[2] + roles[4]


def test_a_says_header_alone_over_its_date_line_opens_a_comment():
    text = (f"{BODY}\n\n2 Comments\n\nJo Example says:\n\n18 February 2025 at 8:14 pm\n\n"
            "Best guide I have read, thank you!\n\nReply\n")
    assert [r for _, r in roles_of(text)][2:] == [BOILERPLATE, BOILERPLATE, POST, BOILERPLATE]


# ------------------------------------------------------------------------------- 217th-220th batches
@pytest.mark.parametrize("line", [
    "Similar Cars",
    "You might also need",
    "From Jo Example, club captain",
    "Search Example",
    "Download the GPX file",
    "★★★★★ 4.9 average from 1,318 ratings",
    "4.0 of 5 bubbles · 386 reviews · #7 of 22 hotels in Exampleton",
])
def test_listing_headings_signer_search_box_download_and_rating_summary_are_boilerplate(line):
    assert boilerplate_line(line)


@pytest.mark.parametrize("line", [
    "Search engines are changing.",
    "From Jo Example, the club heard nothing.",
    "Similar cars sold for less last year.",
    "4.9 per cent of 1,318 voters backed it.",
])
def test_sentences_like_that_furniture_stay_prose_217_220(line):
    assert not boilerplate_line(line)


@pytest.mark.parametrize("line", ["— @example_kat on Instagram, 13 February", "— Jo Example on Threads, April 12"])
def test_a_dash_credit_naming_the_platform_needs_no_year(line):
    assert attribution_span(line) == (0, len(line))


def test_a_mastodon_card_closed_by_its_date_and_counts_is_a_post():
    text = (f"{BODY}\n\nThe breach came to light when a researcher posted:\n\nJo Example (@jo@example.social)\n\n"
            "Someone is selling what looks like 1.4M loyalty records. Sample checks out.\n\n"
            "11 Mar 2025, 21:17 · 214 boosts · 388 favourites\n\nThe company confirmed the breach on Thursday.\n")
    assert [r for _, r in roles_of(text)][2:] == [ATTRIBUTION, POST, ATTRIBUTION, PROSE]


# ------------------------------------------------------------------------------- 221st-224th batches
@pytest.mark.parametrize("line", [
    "Share this review: Copy link | Email | Post",
    "You might also be interested in",
    "Enrol now",
    "Write to Example Mailbag",
    "Presented by Jo Example | Sundays 10:00–11:00 | Programme of 19 October",
    "We may edit letters for length and clarity. By sending a letter you agree to publication.",
    "The pot I use: Example 26cm Dutch Oven — Check price",
])
def test_share_row_teaser_heading_buttons_programme_byline_and_price_link_are_boilerplate(line):
    assert boilerplate_line(line)


@pytest.mark.parametrize("line", [
    "Write to your MP about the cuts.",
    "Write to him.",
    "We may edit the plan, the council said.",
    "Enrol now and pay later, the college told applicants.",
])
def test_sentences_like_that_furniture_stay_prose_221_224(line):
    assert not boilerplate_line(line)


def test_contents_entries_one_per_paragraph_that_come_back_as_headings():
    text = (f"{BODY}\n\nOn this page\n\nWhich zone am I in?\n\nPermit prices\n\nWhich zone am I in?\n\n{BODY}\n\n"
            f"Permit prices\n\n{BODY}\n")
    roles = [r for _, r in roles_of(text)]
    assert roles[1:4] == [BOILERPLATE] * 3
    assert roles[4] == HEADLINE and roles[6] == HEADLINE


def test_short_lines_under_on_this_page_that_never_recur_stay_content():
    text = f"{BODY}\n\nOn this page\n\nWhich zone am I in?\n\nPermit prices\n\n{BODY}\n"
    assert [r for _, r in roles_of(text)][2:4] != [BOILERPLATE, BOILERPLATE]


def test_a_linkedin_post_copied_header_first_is_read_downwards():
    text = (f"{BODY}\n\nOther employees struck a more measured tone.\n\n"
            "Jo Example • Marketing Executive, Example Brewing Co. • 2d\n\n"
            "Gutted does not cover it. We were told in December everything was fine.\n\nSee more on LinkedIn\n\n"
            "One post, from the head brewer, was shared 400 times.\n\nSam Roe\n\nHead Brewer at Example Brewing Co. · 1d\n\n"
            "Nine years ago I walked into a unit with two fermenters.\n\n412 reactions · 87 comments · 36 reposts\n")
    roles = [r for _, r in roles_of(text)]
    assert roles[1:5] == [PROSE, ATTRIBUTION, POST, BOILERPLATE]
    assert roles[6:9] == [ATTRIBUTION, ATTRIBUTION, POST]


# ------------------------------------------------------------------------------- 225th-228th batches
@pytest.mark.parametrize("line", [
    "This post contains a PR sample. All opinions are my own.",
    "Show all 9 comments",
    "Submit comment",
    "The radiator key I use: Example four-way key, £3.49 – Check price",
    "Found this useful? Pin it for later or share it with a friend.",
    "Email address [ Subscribe ]",
    "Get the Example Rail app for live train times and mobile tickets.",
    "Have an opinion on this issue? Send us a letter of up to 300 words.",
    "Your name and address will be published on this website with your comment.",
])
def test_disclosure_comment_buttons_app_pitch_and_letters_ask_are_boilerplate(line):
    assert boilerplate_line(line)


@pytest.mark.parametrize("line", [
    "Get the app working again, he said.",
    "Found this useful, the minister said.",
    "Show all the receipts to the inspector.",
])
def test_sentences_like_that_furniture_stay_prose_225_228(line):
    assert not boilerplate_line(line)


def test_a_dash_credit_with_the_platform_in_brackets_is_an_attribution():
    line = "— Example Community Noticeboard (Facebook), 9 October 2024"
    assert attribution_span(line) == (0, len(line))


def test_a_thread_numbered_1_2_and_2_2_is_one_post_not_two_ratings():
    text = (f"{BODY}\n\nThe team posted a statement on X:\n\nWe accept the decision and will not appeal.\n\n1/2\n\n"
            "The rider has been dismissed.\n\n2/2\n\n— Example Team (@ExampleTeam) June 17, 2025\n")
    roles = [r for _, r in roles_of(text)]
    assert RATING not in roles
    assert roles[-4:] == [POST, POST, POST, ATTRIBUTION]


# ------------------------------------------------------------------------------- 229th-232nd batches
@pytest.mark.parametrize("line", ["Was this review helpful? Yes (12) No (1)", "Was this helpful?",
                                  "★★★★★ 4.8 out of 5 · 12,400+ reviews"])
def test_review_helpfulness_buttons_and_a_rating_summary_with_a_plus_are_boilerplate(line):
    assert boilerplate_line(line)


def test_an_at_separated_handle_credit_is_an_attribution():
    line = "— Example Open Water Club (@exampleopenwater) · 17 July 2025"
    assert attribution_span(line) == (0, len(line))


def test_a_customer_review_is_credited_to_its_reviewer_line_and_the_sellers_reply_is_not():
    text = (f"{BODY}\n\nCustomer reviews\n\n★★★★★ Gorgeous piece\n\nJo E. · Verified buyer · 14 January 2025\n\n"
            "Bought this for my sister. She hasn't taken it off since!\n\nWas this review helpful? Yes (12) No (1)\n\n"
            "★★★☆☆ Pretty, but the pin is stiff\n\nSam R. · Verified buyer · 2 February 2025\n\n"
            "The pin was so stiff that I bent it.\n\nResponse from Example Shop: Thank you for letting us know, Sam.\n")
    roles = [r for _, r in roles_of(text)]
    assert roles[2:6] == [POST, ATTRIBUTION, POST, BOILERPLATE]
    assert roles[6:9] == [POST, ATTRIBUTION, POST] and roles[9] == PROSE


def test_a_dash_credit_naming_a_verified_buyer_does_not_claim_the_lines_below():
    text = (f"{BODY}\n\n“Lovely gift, arrived on time.”\n\n— Jo E., verified buyer, November 2024\n\n"
            "Frequently asked questions\n\nThe adoption pack arrives within five working days.\n")
    roles = [r for _, r in roles_of(text)]
    assert roles[2] == ATTRIBUTION and POST not in roles[3:]


def test_a_credit_over_a_view_on_instagram_button_takes_instagrams_body_length():
    body = "We are gutted to say this year's swim will not go ahead. " * 3
    text = (f"{BODY}\n\nIn the post, they wrote:\n\n{body}\n\n{body}\n\n"
            "— Example Swim Club (@exampleswim) · 17 July 2025\n\nView on Instagram\n")
    assert [r for _, r in roles_of(text)][2:5] == [POST, POST, ATTRIBUTION]


# ------------------------------------------------------------------------------- 233rd-236th batches
@pytest.mark.parametrize("line", ["@example_handle · TikTok · 30 May 2025",
                                  "— Jo Example, healthcare assistant, on Facebook",
                                  "— Jo Example, staff nurse, posting in Example General Staff Hub"])
def test_handle_led_role_and_group_credits_are_attributions(line):
    assert attribution_span(line) == (0, len(line))


@pytest.mark.parametrize("line", ["Read the full report on the AAIO website.", "See you at the table!"])
def test_full_report_link_and_see_you_sign_off_are_boilerplate(line):
    assert boilerplate_line(line)


@pytest.mark.parametrize("line", ["See you in court, he told the landlord.",
                                  "Read the full report on the website before the meeting, officers advised, as it runs to 90 pages."])
def test_sentences_like_that_furniture_stay_prose_233_236(line):
    assert not boilerplate_line(line)


def test_a_tiktok_caption_over_its_handle_credit_is_the_post_and_its_intro_stays_prose():
    text = (f"{BODY}\n\nHer caption read:\n\n\"so the council wants my son to walk along a 60mph road?? 😡\"\n\n"
            "@example_mum · TikTok · 30 May 2025\n\nSpeaking to the paper, she said she was not against savings.\n")
    assert [r for _, r in roles_of(text)][1:4] == [PROSE, POST, ATTRIBUTION]


def test_a_see_you_sign_off_still_lets_the_first_name_under_it_sign():
    text = f"{BODY}\n\nSee you on the touchline!\n\nGareth\n"
    assert [r for _, r in roles_of(text)][1:] == [BOILERPLATE, BOILERPLATE]


# ------------------------------------------------------------------------------- 237th-240th batches
@pytest.mark.parametrize("line", [
    "Apply for Housing Benefit online",
    "Report a lost item online",
    "View profile",
    "Leave a review: Your rating ☆☆☆☆☆ | Your name | Your review | Post",
    "Also in Issue 47",
])
def test_online_service_buttons_review_form_and_issue_contents_heading_are_boilerplate(line):
    assert boilerplate_line(line)


@pytest.mark.parametrize("line", ["Apply for a refund within 30 days of the cancelled service.",
                                  "Report a lost item at the ticket office, staff advised."])
def test_sentences_like_that_furniture_stay_prose_237_240(line):
    assert not boilerplate_line(line)


def test_reader_comments_under_a_teaser_list_stay_the_readers():
    text = (f"{BODY}\n\nYou might also like\n\nCrossing the pass by day train\n\nWhich sleeper berth to book\n\n"
            "3 comments\n\nJo Example · 3 February 2025 at 09:12\n\nGreat write-up! Worth it for that sunrise.\n\nReply\n")
    roles = [r for _, r in roles_of(text)]
    assert roles[1:6] == [BOILERPLATE] * 5 and roles[6] == POST


def test_an_instagram_embed_from_username_to_its_credit():
    text = (f"{BODY}\n\nBoth players posted on Instagram after the match.\n\nexample_player\n\nView profile\n\n"
            "Not the day I wanted. Thank you all for the kind messages.\n\nView more on Instagram\n\n4,812 likes\n\n"
            "A post shared by Jo Example (@example_player)\n")
    roles = [r for _, r in roles_of(text)]
    assert roles[2:5] == [ATTRIBUTION, BOILERPLATE, POST] and roles[-1] == ATTRIBUTION


# ------------------------------------------------------------------------------- 241st-244th batches
@pytest.mark.parametrize("line", ["Enter online", "Still have a question? Chat to our team, 8am to 8pm, Monday to Saturday.",
                                  "The Gazette's editorial board"])
def test_entry_button_help_box_and_editorial_byline_are_boilerplate(line):
    assert boilerplate_line(line)


def test_the_editorial_board_in_a_sentence_stays_prose():
    assert not boilerplate_line("The editorial board met on Tuesday to discuss it.")


def test_a_reddit_credit_naming_the_forum_with_in_is_an_attribution():
    line = "— u/example_rover in r/Exampleton, 13 Oct 2025"
    assert attribution_span(line) == (0, len(line))


def test_a_workplace_forum_card_between_its_poster_line_and_its_dated_counts():
    text = (f"{BODY}\n\nReaction on the staff forum was scathing.\n\nExample Corp · Software Engineer\n\n"
            "Twelve weeks is fine. The spin is not.\n\n13 Nov · 412 likes · 96 comments\n\n"
            "The company declined to comment.\n")
    assert [r for _, r in roles_of(text)][2:6] == [ATTRIBUTION, POST, ATTRIBUTION, PROSE]


# ------------------------------------------------------------------------------- 245th-248th batches
@pytest.mark.parametrize("line", ["Report noise online", "Shop Example Lot 7 – £13.50", "Other roles you might like"])
def test_report_online_shop_button_and_other_roles_heading_are_boilerplate(line):
    assert boilerplate_line(line)


@pytest.mark.parametrize("line", ["Report noise to the council if it continues.",
                                  "Shop owners on the high street – about 40 of them – signed the letter."])
def test_sentences_like_that_furniture_stay_prose_245_248(line):
    assert not boilerplate_line(line)


# ------------------------------------------------------------------------------- 249th-252nd batches
@pytest.mark.parametrize("line", ["Book Now · Call us on 01632 960 418 · Open 8am–6pm daily", "Check prices for Hotel Example",
                                  "Report a defect now", "[Map: reported defects near you. Use the + and - buttons to zoom.]"])
def test_booking_bar_price_link_report_button_and_map_placeholder_are_boilerplate(line):
    assert boilerplate_line(line)


@pytest.mark.parametrize("line", ["[Map] The fire perimeter as of 5 p.m. Saturday.", "Report a defect now and then, the council said.",
                                  "Check prices for yourself before you sign, the adviser said."])
def test_sentences_like_that_furniture_stay_prose_249_252(line):
    assert not boilerplate_line(line)


# ------------------------------------------------------------------------------- 253rd-256th batches
def test_check_if_you_qualify_is_a_button():
    assert boilerplate_line("Check if you qualify for Leak Assist")
    assert not boilerplate_line("Check if you qualify before you apply, the adviser said.")


def test_a_facebook_post_with_its_name_and_time_on_lines_of_their_own():
    text = (f"{BODY}\n\nThe owner announced the closure in a post on the café's Facebook page.\n\n"
            "Example Café\n\n8 May at 19:52 ·\n\nIt breaks my heart to write this. We close on Sunday.\n\n"
            "👍 4.1K   💬 1.2K comments   ↗ 3K shares\n\nSpeaking on Friday, she said the cliff was moving.\n")
    assert [r for _, r in roles_of(text)][2:7] == [ATTRIBUTION, ATTRIBUTION, POST, BOILERPLATE, PROSE]


# ------------------------------------------------------------------------------- 257th-260th batches
def test_counts_with_the_number_first_are_boilerplate():
    assert boilerplate_line("42 Thanks · 17 Replies")


def test_a_post_quoted_in_the_article_under_its_header_is_one_paragraph():
    text = (f"{BODY}\n\nResidents took to a neighbourhood app within minutes.\n\n"
            "Jo Example · Undercliff Terrace · 1d\n\nThinking of everyone on Undercliff tonight. Message me if you need a bed.\n\n"
            "Mrs Example, who has lived at number 16 for 23 years, told the Post she had nowhere to go.\n")
    roles = [r for _, r in roles_of(text)]
    assert roles[3] == POST and roles[4] == PROSE


# ------------------------------------------------------------------------------- 261st-264th batches
@pytest.mark.parametrize("line", [
    "Rating: 4.9 from 61 votes",
    "View the full-size images on Flickr",
    "If you found this review useful, you can buy me a coffee or sign up to the newsletter.",
    "Did you make this recipe? Tag @example on Instagram and leave a rating below.",
    "Start now: report a street light fault",
    "Ready to take the next step? Book a free mortgage appointment at your branch.",
    "Other trips this season",
])
def test_gallery_link_support_asks_start_button_rating_and_trips_heading_are_boilerplate(line):
    assert boilerplate_line(line)


@pytest.mark.parametrize("line", ["Did you make the deadline?", "If you found this hard, you are not alone.",
                                  "Start now, or the queue will grow."])
def test_sentences_like_that_furniture_stay_prose_261_264(line):
    assert not boilerplate_line(line)


# ------------------------------------------------------------------------------- 265th-268th batches
@pytest.mark.parametrize("line", ["Useful links", "Other volunteer roles", "Add these dates to your calendar (ICS file)",
                                  "Please enjoy responsibly. Members must be aged 18 or over."])
def test_links_heading_roles_heading_calendar_file_and_drinking_note_are_boilerplate(line):
    assert boilerplate_line(line)


def test_a_linkedin_card_closed_by_spaced_reaction_icons():
    text = (f"{BODY}\n\nIn the post, the chief executive wrote:\n\nJo Example • CEO at Example Cinemas • 1d\n\n"
            "Big news for everyone who loves the big screen. Every seat a recliner.\n\n"
            "👍 ❤️ 1,482 · 214 comments · 96 reposts\n\nThe company confirmed the figures.\n")
    assert [r for _, r in roles_of(text)][2:6] == [ATTRIBUTION, POST, BOILERPLATE, PROSE]


# ------------------------------------------------------------------------------- 269th-272nd batches
def test_the_page_title_under_its_breadcrumb_trail_is_a_heading_not_a_name_or_a_link():
    text = ("Example Parish Council\n\nHome | About | Allotments | Contact\n\n"
            "You are here: Home > Community > Allotments > Waiting List\n\nAllotment Waiting List\n\n"
            f"Last updated: 3 March 2025\n\n{BODY}\n")
    roles = roles_of(text)
    assert ("Allotment Waiting List", HEADLINE) in roles
    assert roles[0] == ("Example Parish Council", BOILERPLATE)  # the masthead over the menu
    text = f"Example Water\n\nHome | Bills | Contact\n\nHome > Help > Leaks > Report a leak\n\nReport a leak\n\n{BODY}\n"
    assert ("Report a leak", HEADLINE) in roles_of(text)


def test_a_name_over_a_group_is_not_a_breadcrumb_trail():
    text = (f"{BODY}\n\nParents posted in the group.\n\nJo Example > Example Parents Chat\n\n"
            "Jo Example\n\nThe school has not replied.\n")
    assert ("Jo Example", HEADLINE) not in roles_of(text)


@pytest.mark.parametrize("credit", ["— Jo Example, via Facebook, 20 March 2025",
                                    "Posted by Jo Example in Example Community Noticeboard"])
def test_a_post_under_its_introduction_is_closed_by_its_credit_line(credit):
    text = (f"{BODY}\n\nHer daughter wrote on Facebook after the hearing:\n\n"
            f"Sixteen weeks for what that dog did to my mum. Absolute joke.\n\n{credit}\n\n"
            "The council declined to comment.\n")
    assert [r for _, r in roles_of(text)][1:5] == [PROSE, POST, ATTRIBUTION, PROSE]


def test_a_credit_line_under_the_writers_own_text_closes_no_post():
    text = f"{BODY}\n\nThe council declined to comment.\n\nPosted by Jo Example in News\n"
    assert [r for _, r in roles_of(text)][1] == PROSE
    assert ATTRIBUTION not in [r for _, r in roles_of(text)]


def test_a_post_with_its_name_above_and_its_time_and_reactions_below():
    text = (f"{BODY}\n\nThe figures prompted a wave of angry posts in the island's community group.\n\n"
            "Jo Example\n\nThird cancellation this month. They never listen.\n\n"
            "19 November at 21:04 · 212 reactions · 87 comments\n\nThe operator said the ferry would be back on Monday.\n")
    assert [r for _, r in roles_of(text)][2:6] == [ATTRIBUTION, POST, ATTRIBUTION, PROSE]


def test_a_heading_over_prose_without_the_post_footer_is_no_post():
    text = f"{BODY}\n\nJo Example\n\nThird cancellation this month. They never listen.\n\nThe operator said so.\n"
    assert POST not in [r for _, r in roles_of(text)]


@pytest.mark.parametrize("line", [
    "This article reflects the view of the Example Courier editorial board. Letters in response can be sent to letters@example.org",
    "This website is maintained by the Parish Clerk. Report a problem with this page.",
    "Not registered yet? Create your account in five minutes.",
    "Research Guide No. 3 · Last reviewed 11 February 2025",
])
def test_house_note_site_keeper_sign_up_prompt_and_review_date_are_boilerplate(line):
    assert boilerplate_line(line)


@pytest.mark.parametrize("line", ["This article reflects a wider trend in the housing market.",
                                  "The plan was last reviewed in 2019, the council said.",
                                  "Not registered yet, the firm traded anyway."])
def test_sentences_like_that_furniture_stay_prose_269_272(line):
    assert not boilerplate_line(line)


def test_a_bio_naming_the_writers_column_is_the_bylines_other_half():
    text = (f"Podcasts of the week\n\nBy Jo Example\n\n{BODY}\n\n"
            "Jo Example writes The Listening Room, a weekly podcast column, for the Example Review.\n")
    assert roles_of(text)[-1][1] == BOILERPLATE


# ------------------------------------------------------------------------------- 273rd-276th batches
@pytest.mark.parametrize("line", ["Call 01632 960418 | Open Monday to Friday, 8am to 6.30pm", "Email address",
                                  "Your email*"])
def test_a_contact_bar_and_a_form_label_are_boilerplate(line):
    assert boilerplate_line(line)


@pytest.mark.parametrize("line", ["Call 999 if someone is in danger.", "Email addresses were leaked in the breach."])
def test_sentences_like_that_furniture_stay_prose_273_276(line):
    assert not boilerplate_line(line)


def test_related_to_this_story_heads_a_teaser_list():
    assert is_section_heading("Related to this story")
    assert not is_section_heading("Related to this story, the council said, is a second complaint.")


def test_a_room_named_with_the_is_a_heading_not_a_writers_name():
    text = (f"{BODY}\n\nThe Main Hall\n\n"
            "The Main Hall is our largest space, with a sprung wooden floor and a stage.\n")
    assert ("The Main Hall", BOILERPLATE) not in roles_of(text)


def test_a_name_says_line_under_the_last_comments_reply_button_heads_a_reply():
    text = (f"{BODY}\n\n2 comments\n\nJo Example says:\n\n10 February 2025 at 11:52 am\n\n"
            "Great album, though I disagree about track two.\n\nReply\n\nSam Example says:\n\n"
            "Fair enough, Jo.\n")
    roles = dict(roles_of(text))
    assert roles["Sam Example says:"] == BOILERPLATE
    assert roles["Fair enough, Jo."] == POST


def test_a_blogs_name_over_its_menu_and_a_title_ending_in_an_aside_is_the_masthead():
    text = ("Example Wellies & Milk Teeth\n\nHome · About · Family Life · Recipes\n\n"
            "Our Screen Time Rules (and Why We Finally Stopped Arguing About the Tablet)\n\n"
            f"{BODY}\n")
    assert roles_of(text)[0] == ("Example Wellies & Milk Teeth", BOILERPLATE)


def test_faq_entries_in_a_row_pose_their_questions():
    text = (f"{BODY}\n\nCan I help at just one event? Yes. The winter specials always need extra hands.\n\n"
            "Is there parking? Free parking is available at the station yard.\n\nThe season starts in April.\n")
    roles = tag_roles_of(text)
    assert roles[1][0] == QUESTION and roles[2][0] == QUESTION
    assert roles[1][1:] == [PROSE, PROSE]


def test_a_lone_question_and_answer_in_prose_stays_the_writers():
    text = f"{BODY}\n\nIs this fair? No. It is a disgrace, and the board knows it.\n\nThe vote is final.\n"
    assert QUESTION not in [r for para in tag_roles_of(text) for r in para]


# ------------------------------------------------------------------------------- 277th-280th batches
@pytest.mark.parametrize("line", ["Buy Example & Co Cloud Shield SPF 50 (£24, example.co.uk)",
                                  "You might also be interested in: Fixed Term Saver | Junior Saver | Christmas Saver",
                                  "Open an account", "Open an account online   Book a branch appointment"])
def test_buying_link_teaser_list_and_bank_buttons_are_boilerplate(line):
    assert boilerplate_line(line)


@pytest.mark.parametrize("line", ["Buy time (£5, at most).",
                                  "Open an account with a minimum of £1,000. You can pay in up to your limit."])
def test_sentences_like_that_furniture_stay_prose_277_280(line):
    assert not boilerplate_line(line)


def test_a_rating_in_words_is_a_rating_line():
    assert (("Rating: four stars out of five", RATING)
            in roles_of(f"Example Panto review\n\nRating: four stars out of five\n\n{BODY}\n"))


def test_a_sound_credit_with_another_note_sign_is_a_cards_attribution():
    assert attribution_span("♫ original sound – example.user") is not None


def test_a_bio_naming_the_writers_column_and_its_day_is_the_bylines_other_half():
    text = (f"Example column\n\nBy Jo Example\n\n{BODY}\n\n"
            "Jo Example writes the Work Life column every Wednesday. Her book is out now.\n")
    assert roles_of(text)[-1][1] == BOILERPLATE


def test_a_place_named_in_the_breadcrumb_trail_is_no_writer_beside_a_bio():
    text = ("Example Wildlife Trust\n\nHome | Reserves | Events\n\nHome › Nature reserves › Orrin Example\n\n"
            "Orrin Example Nature Reserve\n\n"
            "Orrin Example covers 94 hectares of reedbed, wet grassland and open water between two villages.\n")
    assert roles_of(text)[-1][1] == PROSE


def test_a_short_line_over_a_list_of_short_lines_is_its_heading_and_the_items_are_not():
    text = (f"{BODY}\n\nWhen to call the practice\n\nSevere toothache that painkillers are not controlling\n\n"
            "A broken, chipped or knocked-out tooth\n\nSwelling of the face, gum or jaw\n\n{BODY}\n")
    roles = [r for _, r in roles_of(text)]
    assert roles[1] == HEADLINE and roles[2:4] == [PROSE, PROSE]


# ------------------------------------------------------------------------------- 281st-284th batches
@pytest.mark.parametrize("credit", ["— Posted by Jo Example, 5 March · 212 reactions · 87 comments",
                                    "— Posted by Jo Example, 8 March"])
def test_a_dashed_posted_by_credit_without_its_group_closes_the_post_above(credit):
    text = (f"{BODY}\n\nDrivers vented in the town's Facebook group.\n\n"
            f"Third claim turned down in two years. Don't bother claiming, it's a rigged system.\n\n{credit}\n\n"
            "The council said every claim was judged on its merits.\n")
    assert [r for _, r in roles_of(text)][2:5] == [POST, ATTRIBUTION, PROSE]


def test_a_video_cards_name_and_handle_line_opens_the_card():
    text = (f"{BODY}\n\nA warehouse worker posted a video on TikTok.\n\nJo Example (@jopacks) · TikTok\n\n"
            "Fourteen years I've packed toys in that building. Found out at 3pm we're done.\n\n"
            "♬ original sound – Jo Example\n\nWatch on TikTok\n\nThe administrators declined to comment.\n")
    assert [r for _, r in roles_of(text)][2:5] == [ATTRIBUTION, POST, ATTRIBUTION]


def test_a_professional_post_runs_long_between_its_header_and_its_counts():
    body = "\n\n".join(f"Line {n} of the coach's post, about the win and the squad." for n in range(6))
    text = (f"{BODY}\n\nIn the post, she wrote:\n\nJo Example · Head Coach, Example Netball Club · 14h\n\n"
            f"{body}\n\n1,482 reactions · 213 comments · 97 reposts\n\nThe post was shared widely.\n")
    roles = [r for _, r in roles_of(text)]
    assert roles[2] == ATTRIBUTION and roles[3:9] == [POST] * 6 and roles[-1] == PROSE


@pytest.mark.parametrize("line", ["I am walking in memory of (optional)",
                                  "☐ Keep me updated about hospice news and events by email", "Continue to payment"])
def test_form_parts_are_boilerplate(line):
    assert boilerplate_line(line)


@pytest.mark.parametrize("line", ["☐ Pack your passport", "Continue to the end of the road and turn left."])
def test_sentences_like_that_furniture_stay_prose_281_284(line):
    assert not boilerplate_line(line)


def test_among_the_first_to_post_introduces_the_post_under_its_header():
    text = (f"{BODY}\n\nRelatives set up a Facebook group within hours.\n\n"
            "Among the first to post was Jo Example, whose father has lived at the home since 2021.\n\n"
            "Jo Example · 8 October at 19:14 · Save Example House\n\n"
            "Dad has lived there for four years. Eight weeks to uproot him? Shameful.\n\n"
            "412 reactions · 96 comments · 58 shares\n\nThe operator said the decision was final.\n")
    assert [r for _, r in roles_of(text)][2:5] == [PROSE, ATTRIBUTION, POST]


# ------------------------------------------------------------------------------- 285th-288th batches
@pytest.mark.parametrize("line", ["Start now", "Example Physiotherapy · 14 Example Lane, Ambleford AM4 2QT · 01632 960418"])
def test_a_start_button_and_a_footer_contact_bar_are_boilerplate(line):
    assert boilerplate_line(line)


@pytest.mark.parametrize("line", ["Start now, or the queue will grow.",
                                  "The clinic at 14 Example Lane, Ambleford AM4 2QT, opened in May."])
def test_sentences_like_that_furniture_stay_prose_285_288(line):
    assert not boilerplate_line(line)


def test_a_reviews_pros_between_dots_are_no_menu():
    line = "Pros: Nine-day battery life · Bright, sharp display · Accurate GPS"
    assert not is_navigation(line) and not boilerplate_line(line)


def test_a_bio_saying_the_writer_writes_a_weekly_column_is_the_bylines_other_half():
    text = (f"Meal deals\n\nBy Jo Example\n\n{BODY}\n\n"
            "Jo Example writes a weekly column for the Gazette. Her book is out now.\n")
    assert roles_of(text)[-1][1] == BOILERPLATE


def test_one_title_under_a_section_heading_over_its_own_description_is_not_a_teaser():
    text = (f"{BODY}\n\nUpcoming walks\n\nDawn Chorus Walk\n\n"
            "Sunday 4 May, 5.00am to 7.30am. Meet at the Example Lane car park. Distance 3 km on level "
            "boardwalk and grass paths. Adults £12, children £6.\n")
    assert ("Dawn Chorus Walk", BOILERPLATE) not in roles_of(text)


# ------------------------------------------------------------------------------- 289th-292nd batches
def test_a_credit_naming_the_platform_closes_the_paragraph_above():
    text = (f"{BODY}\n\nOthers were less impressed.\n\n"
            "Three and a half million for a lift and some beanbags. Priorities, Example Town.\n\n"
            "— Jo Example, via Facebook\n\n19 likes · 7 replies\n\nThe council said the works were overdue.\n")
    assert [r for _, r in roles_of(text)][2:4] == [POST, ATTRIBUTION]


def test_a_dash_credit_without_a_platform_under_the_writers_prose_stays_a_signature():
    text = f"{BODY}\n\nThe council said the works were overdue.\n\n— Jo Example, Example Town\n"
    assert ATTRIBUTION not in [r for _, r in roles_of(text)]


def test_a_posted_by_credit_may_name_the_poster_by_their_job():
    text = (f"{BODY}\n\nStaff vented in a private group.\n\n"
            "“Managers park free in the reserved bays by the main entrance. Funny how that works.”\n\n"
            "— Posted by a radiographer, 12 March\n\nThe trust said the charges were fair.\n")
    assert [r for _, r in roles_of(text)][2:4] == [POST, ATTRIBUTION]


def test_a_professional_posts_role_and_age_line_may_use_bars():
    text = (f"{BODY}\n\nThe founder announced it on LinkedIn.\n\nJo Example\n\n"
            "Founder & CEO at Example Bakery | Bread person | 2h\n\n"
            "Eleven years ago I sold 14 loaves on my first Saturday. Today we bake for 40 more towns.\n\n"
            "👍 ❤️ 2,184 · 312 comments · 97 reposts\n\nThe company's revenue rose 22 per cent.\n")
    assert [r for _, r in roles_of(text)][2:5] == [ATTRIBUTION, ATTRIBUTION, POST]


def test_a_price_list_under_a_section_like_heading_is_not_a_teaser_list():
    text = (f"{BODY}\n\nOther Services\n\nMotorway lessons (2 hours, after passing): £80\n\n"
            "Pass Plus course (6 hours): £210\n")
    assert ("Pass Plus course (6 hours): £210", BOILERPLATE) not in roles_of(text)


@pytest.mark.parametrize("line", ["Quick links: Theory Test Tips · Show Me Tell Me Questions · Our Instructors",
                                  "Buy Season Ticket", "Like this review? Get new posts by email every Sunday. [Subscribe]"])
def test_quick_links_season_ticket_button_and_review_subscribe_pitch_are_boilerplate(line):
    assert boilerplate_line(line)


@pytest.mark.parametrize("line", ["Like this review, the last one was harsh.",
                                  "Buy season tickets early to save money, fans were told."])
def test_sentences_like_that_furniture_stay_prose_289_292(line):
    assert not boilerplate_line(line)


# ------------------------------------------------------------------------------- 293rd-296th batches
@pytest.mark.parametrize("credit", ["Example Haberdashery · Facebook · 8 April at 09:27",
                                    "— Jo (@jo.sweeps.screen3) · TikTok · 2 Sept 2025 · ♬ original sound – jo.sweeps.screen3"])
def test_a_credit_naming_the_platform_between_poster_and_day_closes_the_post_above(credit):
    text = (f"{BODY}\n\nTraders have taken to social media.\n\n"
            "Shop's fine, stock's fine, we're fine. We just can't get to the front door!\n\n"
            f"{credit}\n\nThe council said the road would reopen in May.\n")
    assert [r for _, r in roles_of(text)][2:4] == [POST, ATTRIBUTION]


def test_a_quoted_body_runs_up_to_the_paragraph_that_opens_the_quotation():
    text = (f"{BODY}\n\nA part-time usher posted a video on TikTok.\n\n"
            "In the clip, filmed in an empty screen, she sweeps popcorn while speaking to the camera.\n\n"
            "\"So we found out our cinema's closing from a news alert. Not from our manager.\n\n"
            "\"Anyway. Go and see a film this month while you still can.\"\n\n"
            "— Jo (@jo.sweeps.screen3) · TikTok · 2 Sept 2025\n\nThe video was viewed 4.2 million times.\n")
    assert [r for _, r in roles_of(text)][2:6] == [PROSE, POST, POST, ATTRIBUTION]


@pytest.mark.parametrize("line", ["Join the Puppy Health Plan", "Follow Jo @JoExampleWrites",
                                  "Box office: example-theatre.example / 01632 960 771"])
def test_join_button_follow_prompt_and_box_office_line_are_boilerplate(line):
    assert boilerplate_line(line)


@pytest.mark.parametrize("line", ["Join the queue early, staff advised.", "Follow the signs to the car park."])
def test_sentences_like_that_furniture_stay_prose_293_296(line):
    assert not boilerplate_line(line)


# ------------------------------------------------------------------------------- 297th-300th batches
def test_a_heading_listing_three_things_is_no_signature():
    text = f"{BODY}\n\nThe stalls are listed below.\n\nMeat, Fish and Dairy\n\n{BODY}\n"
    assert ("Meat, Fish and Dairy", BOILERPLATE) not in roles_of(text)


def test_an_events_title_and_date_line_over_its_description_are_not_teasers():
    text = (f"{BODY}\n\nUpcoming events\n\nExample Ridge Moonlight Walk\n\n"
            "Saturday 14 June 2025, 9pm start, Example Promenade\n\n"
            "Our night-time walk follows a 10km route along the seafront and back through the old town, "
            "and registration costs £15 for adults and £7 for under-16s.\n")
    roles = dict(roles_of(text))
    assert roles["Example Ridge Moonlight Walk"] != BOILERPLATE
    assert roles["Saturday 14 June 2025, 9pm start, Example Promenade"] != BOILERPLATE


def test_question_headings_may_open_with_a_subheading_under_them():
    text = (f"{BODY}\n\nWhich licence do I need?\n\nStandard cruising licence\n\n{BODY}\n\n"
            f"What happens if I don't renew?\n\n{BODY}\n")
    roles = dict(roles_of(text))
    assert roles["Which licence do I need?"] == HEADLINE and roles["What happens if I don't renew?"] == HEADLINE


@pytest.mark.parametrize("line", ["Call us: 01632 960418 · Open Tuesday to Saturday, 8:30am to 5pm",
                                  "Download the printable PDF (free)", "View availability calendar"])
def test_contact_bar_printable_download_and_availability_link_are_boilerplate(line):
    assert boilerplate_line(line)


@pytest.mark.parametrize("line", ["Call us if you are worried.", "Download speeds fell in the printable PDF era."])
def test_sentences_like_that_furniture_stay_prose_297_300(line):
    assert not boilerplate_line(line)


# ------------------------------------------------------------------------------- 301st-302nd batches
def test_a_heading_over_a_paragraph_that_opens_with_its_words_is_no_writers_name():
    text = (f"{BODY}\n\nDirect Debit\n\nDirect Debit is the simplest way to pay, and your rent is then "
            "collected automatically every month.\n")
    assert ("Direct Debit", BOILERPLATE) not in roles_of(text)


def test_a_name_right_over_its_bio_is_still_the_writers():
    text = (f"Buses of the future\n\nJo Example\n\nJo Example is a former bus depot manager and writes "
            f"a fortnightly column.\n\n{BODY}\n")
    assert ("Jo Example", BOILERPLATE) in roles_of(text)


def test_a_share_row_naming_mastodon_is_boilerplate():
    assert boilerplate_line("Share this review: Copy link · Email · Mastodon · Bluesky")
    assert not boilerplate_line("She left Mastodon for Bluesky last year.")


# ------------------------------------------------------------------------------- 303rd-306th batches
@pytest.mark.parametrize("credit", ["— Jo Example, posted in Example Lane Parents, 2 March at 21:58",
                                    "— Jo Example in Save Example Market Hall (public group), 11 March"])
def test_a_credit_naming_the_group_after_in_closes_the_post_above(credit):
    assert attribution_span(credit) == (0, len(credit))


def test_a_sentence_with_in_and_a_date_is_no_group_credit():
    assert attribution_span("The market opened in Example Hall, 11 March.") is None


@pytest.mark.parametrize("line", ["Buy a day ticket online", 'Search courses, e.g. "Spanish" or "bookkeeping"',
                                  "Tried this recipe? Tag @example on Instagram and leave a star rating below."])
def test_ticket_button_search_box_and_recipe_ask_are_boilerplate(line):
    assert boilerplate_line(line)


@pytest.mark.parametrize("line", ["Buy a day ticket online before you travel, the club said.",
                                  "Search courses were cancelled after the storm."])
def test_sentences_like_that_furniture_stay_prose_303_306(line):
    assert not boilerplate_line(line)


# ------------------------------------------------------------------------------- 307th-310th batches
def test_a_dash_credit_naming_nextdoor_closes_the_quoted_post_above():
    post = "\"Queued for twenty minutes on Example Road today. Who signed this off?\""
    text = f"{BODY}\n\nOne resident posted:\n\n{post}\n\n— Jo E., Exampleton, on Nextdoor\n\n{BODY}\n"
    roles = roles_of(text)
    assert ("— Jo E., Exampleton, on Nextdoor", ATTRIBUTION) in roles
    assert (post, POST) in roles


def test_a_dash_line_of_prose_without_a_platform_is_no_credit():
    text = f"{BODY}\n\n\"We will be back next year.\"\n\n— and so they were, a year later.\n"
    assert all(role not in (ATTRIBUTION, POST) for _, role in roles_of(text))


@pytest.mark.parametrize("line", ["Rating: ★★★★★ 4.8 from 126 votes",
                                  "Your email won't be shown publicly. Fields marked * are required.",
                                  "Has your garden won a prize? We'd love to hear from you. Email news@example.com"])
def test_star_rating_comment_form_note_and_story_call_are_boilerplate(line):
    assert boilerplate_line(line)


def test_a_plea_that_ends_with_we_would_love_to_hear_from_you_stays_prose():
    assert not boilerplate_line("Don't let cost stop your class: the form takes five minutes, and we would "
                                "love to hear from you.")


# ------------------------------------------------------------------------------- 311th-314th batches
def test_a_group_credit_without_its_dash_needs_the_groups_name_and_the_date():
    credit = "Jo Example, Example Vale Community Noticeboard, 3 March 2025"
    assert attribution_span(credit) == (0, len(credit))
    assert attribution_span("Jo Example, Example Vale Community Noticeboard") is None
    assert attribution_span("The Parish Council, which runs the noticeboard, 3 March") is None


def test_a_breadcrumb_with_guillemets_may_end_in_the_long_page_title():
    assert is_navigation("Home » Sunday Lunch » The Only Roast Guide You Will Ever Need")
    assert not is_navigation("Home » is where the heart is, and the kitchen » the garden.")


@pytest.mark.parametrize("line", ["Have you made this? Tag me @example on Instagram – I love seeing your bakes!",
                                  "Do you run a business on Example Road? Get in touch with our newsdesk using the tips form."])
def test_recipe_ask_and_newsdesk_call_are_boilerplate(line):
    assert boilerplate_line(line)


def test_a_question_about_having_made_a_mistake_stays_prose():
    assert not boilerplate_line("Have you made this mistake? Most of us have, at least once.")


# ------------------------------------------------------------------------------- 315th-318th batches
def test_a_forum_credit_may_carry_the_posts_reach():
    credit = "— Jo Example, Example Stores, 4 February 2025 · 186 likes · 64 comments"
    assert attribution_span(credit) == (0, len(credit))


def test_a_dated_dash_credit_after_a_post_closes_the_next_post_of_the_run():
    text = (f"{BODY}\n\nThree boats a week. Nobody asked us.\n\n— Jo Example, Example Stores, 4 February 2025\n\n"
            f"Not everything is the company's fault. Try finding crew.\n\n— Sam Roe, 5 February 2025\n\n{BODY}\n")
    roles = roles_of(text)
    assert ("Not everything is the company's fault. Try finding crew.", POST) in roles
    assert ("— Sam Roe, 5 February 2025", ATTRIBUTION) in roles


def test_a_threads_footer_closes_the_post_above_it():
    text = (f"{BODY}\n\nThe captain posted on Threads after the final.\n\njo.example\n\n"
            "So proud of this group. Three calls in four minutes.\n\n"
            f"Post by @jo.example · 14 Sep 2025 · View on Threads\n\n{BODY}\n")
    roles = dict(roles_of(text))
    assert roles["So proud of this group. Three calls in four minutes."] == POST
    assert roles["Post by @jo.example · 14 Sep 2025 · View on Threads"] == ATTRIBUTION


def test_a_handle_under_the_line_that_names_it_credits_the_caption_below():
    text = (f"{BODY}\n\nAnother user, who posts as @jo.example, filmed the empty shelves.\n\n@jo.example\n\n"
            f"they let this place rot for ten years. rip\n\n{BODY}\n")
    roles = dict(roles_of(text))
    assert roles["@jo.example"] == ATTRIBUTION and roles["they let this place rot for ten years. rip"] == POST
    # A handle line that nothing above names stays as it was.
    other = f"{BODY}\n\n@jo.example\n\nthey let this place rot for ten years. rip\n\n{BODY}\n"
    assert dict(roles_of(other))["they let this place rot for ten years. rip"] != POST


def test_a_closing_line_that_echoes_the_title_is_no_pull_quote():
    title = "Smart motorways were a cheap trick. It is time to give us back the hard shoulder"
    text = f"{title}\n\n{BODY}\n\n{BODY}\n\nGive us back the hard shoulder.\n"
    assert ("Give us back the hard shoulder.", BOILERPLATE) not in roles_of(text)
    body = "The minister said the roads were safe, and that the hard shoulder would not come back this year."
    pulled = f"Roads\n\n{body}\n\n{BODY}\n\nthe hard shoulder would not come back this year\n\n{BODY}\n"
    assert ("the hard shoulder would not come back this year", BOILERPLATE) in roles_of(pulled)


@pytest.mark.parametrize("line", ["Share this:", "Quoting example_user:", "Accompanying documents:"])
def test_share_label_forum_quote_header_and_papers_list_are_boilerplate(line):
    assert boilerplate_line(line)


# ------------------------------------------------------------------------------- 319th-322nd batches
def test_a_name_and_weekday_time_header_credits_the_paragraph_under_it():
    text = (f"{BODY}\n\nRelatives took to a community Facebook group to share their reaction.\n\n"
            f"Jo Example · Friday at 19:48\n\nMum has been there six years. Now we get a LETTER??\n\n{BODY}\n")
    roles = dict(roles_of(text))
    assert roles["Jo Example · Friday at 19:48"] == ATTRIBUTION
    assert roles["Mum has been there six years. Now we get a LETTER??"] == POST
    assert roles[BODY] == PROSE
    # With nothing that introduces it above and no counts below, it may be the page's byline.
    bare = text.replace("Relatives took to a community Facebook group to share their reaction.\n\n", "")
    assert ATTRIBUTION not in dict(roles_of(bare)).values()


def test_a_dated_dash_credit_closes_the_post_its_intro_announced():
    text = (f"{BODY}\n\nAfter the party, one resident posted on the village page:\n\n"
            "Best afternoon we have had in years!! Proud of every volunteer.\n\n"
            f"— Example Village Life, 12 October 2024 at 18:05\n\n{BODY}\n")
    roles = dict(roles_of(text))
    assert roles["Best afternoon we have had in years!! Proud of every volunteer."] == POST
    assert roles["— Example Village Life, 12 October 2024 at 18:05"] == ATTRIBUTION


def test_a_credit_may_name_the_platform_after_a_dot():
    credit = "— Jo Example (@joexample) · Threads"
    assert attribution_span(credit) == (0, len(credit))


def test_a_one_word_heading_is_no_writers_name_for_a_sentence_it_opens():
    text = f"{BODY}\n\nParking\n\nParking is free for blue badge holders in every car park.\n\n{BODY}\n"
    assert ("Parking", BOILERPLATE) not in roles_of(text)


# ------------------------------------------------------------------------------- 323rd-326th batches
def test_the_line_under_the_trail_may_name_the_page_in_its_own_words():
    text = ("Example Water\n\nHome | Your account | Pay a bill\n\nHome > Help and advice > Leaks and bursts\n\n"
            f"Report a leak and find out about compensation\n\nLast updated 14 March 2025\n\n{BODY}\n")
    roles = dict(roles_of(text))
    assert roles["Report a leak and find out about compensation"] == HEADLINE
    assert roles["Example Water"] == BOILERPLATE
    same = text.replace("Leaks and bursts", "Vaccinations & Prices").replace(
        "Report a leak and find out about compensation", "Vaccinations and Prices")
    assert dict(roles_of(same))["Vaccinations and Prices"] == HEADLINE


@pytest.mark.parametrize("label", ["PRESS RELEASE", "Press release"])
def test_a_label_under_the_trail_is_not_the_pages_title(label):
    text = (f"Example Council\n\nHome > News > Press releases\n\n{label}\n\n"
            f"Council opens new riverside park after two-year restoration\n\n{BODY}\n")
    assert (label, HEADLINE) not in roles_of(text)


# ------------------------------------------------------------------------------- 327th-330th batches
def test_a_footer_with_address_phone_and_email_between_dots_is_boilerplate():
    assert boilerplate_line("Example Boxing Club, Unit 4, Example Street, Exampleton · 01632 960418 · hello@example.org")
    assert not boilerplate_line("The club, at Unit 4 · 01632 960418 since 1998, moved · twice last year.")


def test_a_sites_name_over_its_menu_before_a_title_with_an_exclaiming_aside_is_its_masthead():
    text = ("Example & Cocoa\n\nHome  Recipes  Cakes  About\n\n"
            f"The Fudgiest Brown Butter Brownies (One Bowl!)\n\n{BODY}\n")
    assert roles_of(text)[0] == ("Example & Cocoa", BOILERPLATE)


# ------------------------------------------------------------------------------- 331st-334th batches
def test_a_share_row_without_a_colon_is_boilerplate_and_a_recipes_optional_line_is_not():
    assert boilerplate_line("Share Facebook X LinkedIn Email")
    assert boilerplate_line("Phone number (optional)")
    assert not boilerplate_line("100ml single cream or oat cream (optional)")


def test_a_professional_post_whose_role_line_has_no_age_is_closed_by_its_counts():
    text = (f"{BODY}\n\nThe councillor posted on LinkedIn:\n\nJo Example\n\n"
            "Cabinet Member for Transport, Example Council | Cllr for Harbour ward\n\n"
            f"Today is a genuine turning point for the islands.\n\n👍❤️ 412 · 57 comments · 23 reposts\n\n{BODY}\n")
    roles = dict(roles_of(text))
    assert roles["Jo Example"] == ATTRIBUTION
    assert roles["Today is a genuine turning point for the islands."] == POST
    # Without the counts under it, the same lines are left as they were.
    bare = text.replace("👍❤️ 412 · 57 comments · 23 reposts\n\n", "")
    assert dict(roles_of(bare))["Today is a genuine turning point for the islands."] != POST


def test_a_review_sites_name_in_brackets_makes_a_dash_line_a_credit():
    text = (f"{BODY}\n\n“Three sessions and I was back on my bike. Brilliant.”\n\n"
            f"— Jo E., Exampleton (Google review)\n\n{BODY}\n")
    roles = dict(roles_of(text))
    assert roles["— Jo E., Exampleton (Google review)"] == ATTRIBUTION
    assert roles["“Three sessions and I was back on my bike. Brilliant.”"] == POST


# ------------------------------------------------------------------------------- 335th-338th batches
def test_a_name_over_a_job_line_over_the_date_and_reading_time_is_the_byline():
    text = ("Example Consort review: a concert that glowed\n\nJo Example\n\nClassical music critic\n\n"
            f"9 December 2024 · 5 min read\n\n{BODY}\n")
    roles = dict(roles_of(text))
    assert roles["Jo Example"] == BOILERPLATE and roles["Classical music critic"] == BOILERPLATE


@pytest.mark.parametrize("line", ["Search example.gov.uk", "Never miss an event: get our monthly What's On email",
                                  "Do you work at Example Hospital? Tell us how the changes affect you: news@example.com"])
def test_site_search_newsletter_pitch_and_reader_call_are_boilerplate(line):
    assert boilerplate_line(line)


@pytest.mark.parametrize("line", ["Did it work? Tell us what you think.", "Get our weekly shop delivered to your door by 8am."])
def test_sentences_like_that_furniture_stay_prose_335_338(line):
    assert not boilerplate_line(line)


# ------------------------------------------------------------------------------- 339th-340th batches
def test_a_blog_authors_reply_header_is_a_comment_header():
    assert boilerplate_line("Jo Example (author) says: 22 April 2024 at 9:02 pm")
    assert not boilerplate_line("The author says: the book took ten years.")


# ------------------------------------------------------------------------------- 341st-344th batches
LONG = "The pier was closed on Sunday after waves tore away a section of its decking near the end."


def test_a_lone_question_is_a_subheading_in_a_page_with_other_subheadings():
    text = (f"Storm closes Example Pier\n\n{LONG}\n\nThe damage\n\n{LONG}\n\nWhat happens next?\n\n{LONG}")
    assert tag_roles_of(text)[4] == [HEADLINE]
    # Without the other subheading, a lone question may be the writer's own ("And who cares?").
    bare = text.replace("The damage\n\n", "")
    assert tag_roles_of(bare)[3] == [PROSE]


def test_a_topic_and_a_lower_case_question_is_a_question_subheading_not_a_speakers_turn():
    text = (f"Buying an example car\n\nRange: how far will it go?\n\n{LONG}\n\nWhat does it cost?\n\n{LONG}")
    assert tag_roles_of(text)[1] == [HEADLINE]
    turn = text.replace("Range: how far", "Range: How far")
    assert tag_roles_of(turn)[1] == [PROSE]


@pytest.mark.parametrize("signature", ["Dr Jo Example (retired GP), Abbey Walk, Exampleton",
                                       "Jo Example, Exampleton & District Bird Group, Hessle Lane, Upper Exampleton",
                                       "Jo Example, Chair, Exampleton Residents' Association"])
def test_a_letter_writers_signature_with_a_note_an_address_or_a_one_word_role(signature):
    text = (f"Letters\n\nThe surgery we were promised\n\n{LONG} It should be built this year.\n\n"
            f"{signature}\n\nEditor's note: Example Homes was invited to respond and said the building would open next spring.")
    assert tag_roles_of(text)[3] == [BOILERPLATE]


def test_a_name_and_a_one_word_role_alone_is_no_signature_shape():
    assert not _SIGNED_ROLE.match("Jo Example, Chair")
    assert not _SIGNED_ROLE.match("Tents, Tarps")


def test_a_dash_credit_naming_the_facebook_group_it_was_posted_in_closes_the_post():
    text = (f"{LONG}\n\nOne post, shared more than 300 times, read:\n\nAbsolutely gutted. The police won't do anything.\n\n"
            f"— Jo Example, in Example Allotments Plot Holders (Facebook group), 16 July\n\n{LONG}")
    roles = dict(roles_of(text))
    assert roles["— Jo Example, in Example Allotments Plot Holders (Facebook group), 16 July"] == ATTRIBUTION
    assert roles["Absolutely gutted. The police won't do anything."] == POST
    assert not _ATTRIBUTION_PLATFORM.match("— Jo Example, in the garden (sunny), 16 July")


def test_posted_by_on_a_date_with_a_note_after_a_bar_is_the_pages_byline():
    text = (f"Minutes of the March meeting\n\nPosted by the Parish Clerk on 14 March 2025 | Draft – subject to approval at "
            f"the next meeting\n\n{LONG}\n\n{LONG}")
    assert tag_roles_of(text)[1] == [BOILERPLATE]
    assert not _ATTRIBUTION_PLATFORM.match("Posted by the Parish Clerk on 14 March 2025, and the letter said "
                                           "the council would meet again in June")


def test_numbered_stages_with_a_dash_are_no_run_of_player_marks():
    stages = ("Stage 1 – Water confidence: getting in and out safely and blowing bubbles.\n\n"
              "Stage 2 – Early movement: kicking on front and back.\n\n"
              "Stage 3 – First strokes: front crawl over 10 metres.\n")
    roles = [r for _, r in roles_of(f"{BODY}\n\nStages at a glance\n\n{stages}")]
    assert RATING not in roles


# ------------------------------------------------------------------------------- 345th-348th batches
@pytest.mark.parametrize("line", ["Fields marked * are required.",
                                  "Are you registering for NHS or private care?* ( ) NHS (under 18 only) ( ) Private ( ) Not sure",
                                  "[ ] I am a nervous patient and would like a longer first appointment",
                                  "[ ] I agree to Example Dental storing my details in line with its Privacy Notice*",
                                  "Submit registration"])
def test_a_forms_notice_choices_boxes_and_submit_button_are_boilerplate(line):
    assert boilerplate_line(line)


@pytest.mark.parametrize("line", ["Submit your photos by Friday to the newsdesk.", "Fields marked with paint are protected.",
                                  "Is it safe? (Yes) it is.", "I agree with the council."])
def test_sentences_like_a_forms_parts_stay_prose(line):
    assert not boilerplate_line(line)


def test_a_short_order_to_act_that_no_prose_follows_is_a_button():
    text = (f"Family history searches\n\n{LONG}\n\nOrder a search online\n\nDownload the postal enquiry form (PDF, 212 KB)\n\n"
            f"Opening hours\n\n{LONG}")
    assert tag_roles_of(text)[2] == [BOILERPLATE]
    # Over prose, the same words head a section; a price list's line is no button.
    assert tag_roles_of(text.replace("Download the postal enquiry form (PDF, 212 KB)", LONG))[2] == [HEADLINE]
    priced = text.replace("Order a search online", "Contact lens check £20")
    assert tag_roles_of(priced)[2] != [BOILERPLATE]


def test_a_books_order_note_is_the_bookshops_box_every_sentence_of_it():
    note = ("The Example Ledger is published by Example & Finch on 13 June. To order a copy for £14.95, go to "
            "bookshop.example or call 020 7946 0312. Delivery charges may apply.")
    roles = tag_roles_of(f"{LONG}\n\n{note}\n\n{LONG}")
    assert set(roles[1]) == {BOILERPLATE}
    plain = "The Example Ledger is published by Example & Finch on 13 June. Its first print run sold out in a week."
    assert BOILERPLATE not in tag_roles_of(f"{LONG}\n\n{plain}\n\n{LONG}")[1]


def test_one_way_to_reach_a_service_with_its_postcode_is_content_not_an_address_footer():
    assert not boilerplate_line("In person: at our Example office, 14 Tanner's Row, EB3 7QL")
    assert not boilerplate_line("By post: Example Homes, 14 Tanner's Row, Exampleton, EB3 7QL")
    assert boilerplate_line("Example Homes, 14 Tanner's Row, Exampleton, EB3 7QL")


# ------------------------------------------------------------------------------- 349th-352nd batches
def test_a_letter_writer_on_a_street_signs_the_letter_but_a_venue_on_a_street_heads_its_entry():
    letters = (f"Letters\n\nThe loop is a mistake\n\n{LONG} It should be reversed.\n\nTom Example, Bell Lane\n\n"
               f"Our street is finally quiet\n\n{LONG} Thank you.\n\nJo and Sam Example, Castle Street\n\nThe council responds\n\n{LONG}")
    roles = tag_roles_of(letters)
    assert roles[3] == [BOILERPLATE] and roles[6] == [BOILERPLATE]
    guide = f"Where to eat\n\n{LONG}\n\nKandy Corner, Sefton Street\n\n{LONG}\n\nDot's Fish Bar, Terrace Road\n\nOur view\n\n{LONG}"
    roles = tag_roles_of(guide)
    assert roles[2] != [BOILERPLATE] and roles[4] != [BOILERPLATE]


@pytest.mark.parametrize("line", ["4–5 ft: Nordmann £45 · Norway Spruce £32 · Fraser Fir £49",
                                  "Example A15 – Screen £129 | Battery £65 | Charging port £55"])
def test_a_price_list_row_is_content_not_a_menu(line):
    assert not boilerplate_line(line)


@pytest.mark.parametrize("line", ["Give £15 | Give £40 | Give £120 | Choose your own amount",
                                  "Deals from £92 per night · Bookzio £92 · Hotelpoint £96 · Example Stays £99"])
def test_donation_buttons_and_a_booking_boxs_deals_stay_boilerplate(line):
    assert boilerplate_line(line)


def test_a_reviews_pros_and_cons_lines_are_its_verdict_but_a_bare_pros_heading_is_not():
    text = f"{BODY}\n\nCons: Flat, samey dialogue · The console version struggles in the rain\n\nPros:\n\n{BODY}\n"
    roles = [r for _, r in roles_of(text)]
    assert roles[1] == RATING and roles[2] != RATING


# ------------------------------------------------------------------------------- 353rd-356th batches
def test_a_threads_card_with_the_posters_bare_handle_over_the_body_and_dated_counts():
    text = (f"{LONG}\n\nBy lunchtime, several had posted about it on Threads.\n\nmaisie.q.example\n\n"
            f"Nineteen years on the counter and they told us in a room with no windows. Forty-five minutes.\n\n"
            f"3 March · 312 likes · 47 replies\n\n{LONG}")
    roles = dict(roles_of(text))
    assert roles["maisie.q.example"] == ATTRIBUTION
    assert roles["Nineteen years on the counter and they told us in a room with no windows. Forty-five minutes."] == POST
    plain = text.replace("maisie.q.example", "Staff reaction")
    assert dict(roles_of(plain))["Staff reaction"] != ATTRIBUTION


@pytest.mark.parametrize("heading", ["Listener comments (37)", "Readers' comments", "Reader comments (12)"])
def test_a_named_comments_heading_opens_the_comment_section(heading):
    text = (f"{LONG}\n\n{heading}\n\nexample_hen · 2 days ago\n\nCompletely disagree about the ending. It was the best episode.\n\n"
            f"Reply · 24 likes\n")
    roles = dict(roles_of(text))
    assert roles["Completely disagree about the ending. It was the best episode."] == POST


@pytest.mark.parametrize("line", ["Gas Safe Register No. 604118 | Member of the Example Trades Guild",
                                  "Letters should be no more than 300 words and must include your full name and address.",
                                  "Email the letters desk or write to The Editor, Example Gazette, 4 Corn Exchange, EX1 2AB."])
def test_a_trade_registration_and_a_letters_pages_submission_notes_are_boilerplate(line):
    assert boilerplate_line(line)


@pytest.mark.parametrize("line", ["The register of electors number 2025 was published in June and lists every voter.",
                                  "Write to the editor if you disagree."])
def test_sentences_like_registration_or_letters_notes_stay_prose(line):
    assert not boilerplate_line(line)


def test_signatures_with_titles_or_initials():
    assert _SIGNED_ROLE.match("The Revd Canon Jo Example, Vicar of Exampleton")
    text = (f"Letters\n\nThe meadow matters\n\n{LONG} It should stay.\n\nP. R. Example, Kiln Lane\n\n"
            f"Think about the traffic\n\n{LONG}")
    assert tag_roles_of(text)[3] == [BOILERPLATE]


def test_an_address_between_furniture_lines_is_the_footers():
    footer = "Email address | Subscribe\n\n{line}\n\nPrivacy | Cookies | Accessibility statement | Terms of use"
    address = "Example Museum of Clocks, The Corn Exchange, Tallow Street, Exampleton"
    assert tag_roles_of(f"{LONG}\n\n" + footer.format(line=address))[2] == [BOILERPLATE]
    for line in ("Key tracks: Tideline, Ninefold, Salt Lantern", "Example Curry (One Pot, 35 Minutes, Vegan)"):
        assert tag_roles_of(f"{LONG}\n\n" + footer.format(line=line))[2] != [BOILERPLATE], line


# ------------------------------------------------------------------------------- 357th-360th batches
@pytest.mark.parametrize("line", ["Reviewed 14 July 2024 · 5 min read", "More letters", "Call 24/7: 01632 960 447",
                                  "Download the printable PDF with chart | Save to your pattern library",
                                  "This pattern is free for personal use. Please don't sell hats made from it."])
def test_review_date_more_letters_call_out_bar_pattern_buttons_and_licence_are_boilerplate(line):
    assert boilerplate_line(line)


@pytest.mark.parametrize("line", ["Reviewed on PC with a code provided by the publisher, and played for 30 hours.",
                                  "Download speeds rose by 12% | Upload speeds fell",
                                  "Call 24 hours after the first dose if the rash spreads."])
def test_sentences_like_that_furniture_stay_prose_357_360(line):
    assert not boilerplate_line(line)


def test_a_letter_writers_signature_with_an_age_in_brackets():
    assert _SIGNATURE_LINE.match("Jo Example (aged 15), Exampleton")


# ------------------------------------------------------------------------------- 361st-364th batches
@pytest.mark.parametrize("line", ["Call us free on 01632 960 418 | Lines open Mon–Sat, 8am–6pm",
                                  "Write to: Letters, Example Courier, 8 Mill Street, Exampleton EX2 1AB. Please include your name."])
def test_a_free_phone_bar_and_a_letters_address_are_boilerplate(line):
    assert boilerplate_line(line)


def test_on_a_signed_letters_page_a_writer_on_a_street_signs_even_over_the_editors_reply():
    text = (f"Letters\n\nKeep the baths open\n\n{LONG} It must stay.\n\nJo Example, Exampleton\n\nWhat about the schools?\n\n"
            f"{LONG} Think again.\n\nSam Example, Marsh Lane\n\nA council spokesperson said no decision had been made on the baths.")
    assert tag_roles_of(text)[6] == [BOILERPLATE]


def test_become_a_volunteer_with_nothing_under_it_is_a_button():
    text = f"Snow wardens\n\n{LONG}\n\nBecome a snow warden\n\nFollow the gritters\n\n{LONG}"
    assert tag_roles_of(text)[2] == [BOILERPLATE]


# ------------------------------------------------------------------------------- 365th-368th batches
def test_a_trail_from_another_root_is_a_breadcrumb():
    assert boilerplate_line("Help centre > Claims > How to make a claim")
    assert not boilerplate_line("Prices rose > wages, the union said.")


def test_a_letter_writers_signature_with_a_lower_case_role_between_name_and_town():
    assert _SIGNATURE_LINE.match("Jo Example, former town councillor, Exampleton")
    assert not _SIGNATURE_LINE.match("Jo Example, who chairs the group, said it would appeal.")


# ------------------------------------------------------------------------------- 369th-372nd batches
@pytest.mark.parametrize("line", ["Column by Jo Example", "Add a comment. Please keep discussion civil and on topic.",
                                  "Call the yard: 01632 960 418 · VHF Channel 80"])
def test_a_column_byline_a_comment_prompt_and_a_phone_bar_with_a_channel_are_boilerplate(line):
    assert boilerplate_line(line)


def test_a_signature_with_a_role_of_a_place_and_a_book_order_line_that_opens_its_paragraph():
    assert _SIGNATURE_LINE.match("Jo Example, former mayor of Exampleton")
    assert not _SIGNATURE_LINE.match("Jo Example, who was mayor of Exampleton, said so.")
    note = "To order The Example Ledger for £16.14, visit bookshop.example. Delivery charges may apply."
    assert set(tag_roles_of(f"{LONG}\n\n{note}\n\n{LONG}")[1]) == {BOILERPLATE}
    assert BOILERPLATE not in tag_roles_of(f"{LONG}\n\nTo order food for £5 is a bargain.\n\n{LONG}")[1]


# ------------------------------------------------------------------------------- 373rd-376th batches
def test_a_licence_footer_and_a_signature_with_a_note_after_the_role():
    assert boilerplate_line("Licensed by Example District Council, licence no. ABA/2231 · Privacy · Terms")
    assert not boilerplate_line("Licensed by the council in 2019, the cattery now takes 40 cats.")
    assert _SIGNED_ROLE.match("Cllr Jo Example, Example District Council (writing in a personal capacity)")


# ------------------------------------------------------------------------------- 377th-380th batches
def test_a_price_list_from_a_price_under_a_section_heading_is_not_teasers():
    text = (f"{LONG}\n\nOther services\n\nSensor replacement: from £45 per sensor\n\nNitrogen inflation: £2 per tyre\n\n"
            f"Tyre storage: £40 per set\n\n{LONG}")
    roles = dict(roles_of(text))
    assert roles["Sensor replacement: from £45 per sensor"] != BOILERPLATE
    assert roles["Nitrogen inflation: £2 per tyre"] != BOILERPLATE


# ------------------------------------------------------------------------------- 381st-384th batches
def test_a_trade_bodys_membership_row_and_a_commenter_with_a_business_in_brackets():
    assert boilerplate_line("Member of the Example Guild of Master Sweeps · Fully insured to £5 million")
    assert not boilerplate_line("Member of the public said the road was closed.")
    text = (f"{LONG}\n\nComments (3)\n\nexample_fan · 2 days ago\n\nBest pizza in the county.\n\n"
            f"Jo (Example & Cinder) · 1 day ago\n\nThank you so much for coming! We are at the market every Friday.\n")
    roles = dict(roles_of(text))
    assert roles["Jo (Example & Cinder) · 1 day ago"] == BOILERPLATE
    assert roles["Thank you so much for coming! We are at the market every Friday."] == POST


# ------------------------------------------------------------------------------- 385th-388th batches
@pytest.mark.parametrize("line", ["Call now, day or night: 01632 960 418",
                                  "Get a fixed quote now: call 01632 960 418 or text your postcode to 07700 900 263",
                                  "Operated by Example Leisure Trust, a not-for-profit organisation",
                                  "The Gazette's view | Published 3 July 2025, 06:00"])
def test_a_call_bar_a_quote_button_an_operators_credit_and_a_house_view_dateline(line):
    assert boilerplate_line(line)


@pytest.mark.parametrize("line", ["Call now to book: the show runs until Sunday.",
                                  "Operated by Example Leisure Trust, the pool reopened in March after a refit.",
                                  "The Gazette's view was that the plan should go ahead."])
def test_prose_that_opens_like_those_lines_is_not_boilerplate(line):
    assert not boilerplate_line(line)


def test_a_choice_over_a_form_and_an_address_with_its_phone_between_furniture():
    text = (f"{LONG}\n\nSelect your course\n\nCourse: Stages 3–4 ▾   Day: Saturday ▾\n\n{LONG}\n\n"
            "Related: Timetable | Prices | Swimming lessons\n\n"
            "Example Leisure Centre, Quarry Lane, Exampleton EX4 7TQ. Tel 01632 960418\n\n"
            "Privacy policy | Cookie settings | Accessibility")
    roles = tag_roles_of(text)
    assert roles[1] == [BOILERPLATE]
    assert set(roles[5]) == {BOILERPLATE}
    # with prose after it, a choice is the section's lead, and an address in the body is content
    assert tag_roles_of(f"{LONG}\n\nSelect your course\n\n{LONG}")[1] != [BOILERPLATE]
    body = tag_roles_of(f"{LONG}\n\nExample Leisure Centre, Quarry Lane, Exampleton EX4 7TQ. Tel 01632 960418\n\n{LONG}")
    assert BOILERPLATE not in body[1]


def test_a_couples_signature_from_a_farm_near_a_town_on_a_signed_letters_page():
    assert _SIGNATURE_LINE.match("Jo and Sam Example, Cold Example Farm, near Exampleton")
    assert not _SIGNATURE_LINE.match("Jo Example, who farms near Exampleton, said so.")
    text = (f"{LONG} It is wrong.\n\nAlex Example, Exampleton\n\nA second letter\n\n{LONG} We deserve better.\n\n"
            f"Jo and Sam Example, Cold Example Farm, near Exampleton\n\nA spokesperson said: \"We are listening.\"")
    assert tag_roles_of(text)[4] == [BOILERPLATE]


def test_a_group_posts_credit_with_its_day_and_time_is_the_posts_attribution():
    line = "Jo Example, Example Community Noticeboard, 7 February 2025 at 07:42"
    assert attribution_span(line) == (0, len(line))
    assert attribution_span("Jo Example, who runs the noticeboard, met the council on 7 February 2025 at 07:42") is None


# ------------------------------------------------------------------------------- 389th-392nd batches
def test_a_strava_post_with_its_figures_between_body_and_credit():
    text = (f"{LONG}\n\nWriting on Strava after the race, Jo Example described the climb:\n\n"
            "Example Horseshoe done!! Honestly the best and worst two hours of my life.\n\n"
            "Huge thanks to the marshals. Legs are destroyed.\n\n"
            "14.1 mi · 1:58:41 · Elev gain 5,413 ft\n\n— Jo Example on Strava, 7 June 2025\n\n{LONG}")
    roles = tag_roles_of(text)
    assert roles[2] == [POST] * len(roles[2]) and roles[3] == [POST] * len(roles[3])
    assert roles[5] == [ATTRIBUTION]
    assert roles[6] == [PROSE]


@pytest.mark.parametrize("line", ["Ashcombe Road: 01632 960 418 | Millbrook Surgery: 01632 960 733 | Book online",
                                  "Send my enquiry", "Book my place"])
def test_a_branch_phone_bar_and_a_button_in_the_readers_voice_are_boilerplate(line):
    assert boilerplate_line(line)


@pytest.mark.parametrize("line", ["Telephone: 020 7946 0418 / 07700 900362", "Send my love to Jo and the children."])
def test_a_phone_field_and_a_sentence_in_the_first_person_are_not(line):
    assert not boilerplate_line(line)


def test_an_address_with_its_opening_hours_between_furniture():
    text = (f"{LONG}\n\nRelated pages: Neutering | Microchipping\n\n"
            "Example Veterinary Group, 42 Ashcombe Road, Exampleton EX3 8QD. Open Monday to Friday 8am–7pm, Saturday 9am–1pm.\n\n"
            "© 2025 Example Veterinary Group Ltd. Privacy policy | Cookie settings")
    assert set(tag_roles_of(text)[2]) == {BOILERPLATE}


def test_a_short_heading_over_nothing_but_the_footer_heads_it():
    footer = ("Monday to Thursday 8.00am – 6.00pm · Friday 8.00am – 4.30pm · Saturday and Sunday closed\n\n"
              "Privacy notice | Complaints | Accessibility")
    assert tag_roles_of(f"{LONG}\n\n{LONG}\n\nOpening hours\n\n{footer}")[2] == [BOILERPLATE]
    # not a field, nor the last of a list of short lines, nor a heading with prose under it
    assert tag_roles_of(f"{LONG}\n\n{LONG}\n\nOverall: ★★★★\n\n{footer}")[2] != [BOILERPLATE]
    listed = f"{LONG}\n\nCons\n\nMiddle mark fades quickly\n\nDry treatment wears early\n\n{footer}"
    assert tag_roles_of(listed)[3] != [BOILERPLATE]
    assert tag_roles_of(f"{LONG}\n\nOpening hours\n\n{LONG}\n\n{footer}")[1] != [BOILERPLATE]


def test_a_professional_post_with_the_author_and_title_over_its_age_line():
    text = (f"{LONG}\n\nIn the post, she wrote:\n\nJo Example • Managing Director at Example Bakehouse\n\n14h • Edited\n\n"
            "Today is one of the hardest days of my working life. We are closing nine shops.\n\n"
            "1,284 reactions · 312 comments\n\n{LONG}")
    roles = tag_roles_of(text)
    assert roles[2] == [ATTRIBUTION] and roles[3] == [ATTRIBUTION]
    assert set(roles[4]) == {POST}


def test_a_post_card_with_the_name_and_the_handle_on_lines_of_their_own():
    text = (f"{LONG}\n\nJo Example\n\n@joexample.bsky.social\n\nTipper driver here. Can't plan a single delivery.\n\n"
            f"13 March 2025 at 06:21\n\n{LONG}")
    roles = tag_roles_of(text)
    assert roles[1] == [ATTRIBUTION] and roles[2] == [ATTRIBUTION] and roles[4] == [ATTRIBUTION]
    assert set(roles[3]) == {POST}
    # a name over a handle with no timestamp closing a body is not a card
    assert set(tag_roles_of(f"{LONG}\n\nJo Example\n\n@joexample.bsky.social\n\n{LONG}\n\n{LONG}")[3]) == {PROSE}


# ------------------------------------------------------------------------------- 393rd-396th batches
@pytest.mark.parametrize("line", ["Select a practice: Exampleton (14 Corn Street) | Wendlebury (2 Station Parade)",
                                  "Wednesday 14 May: 9:00 | 9:30 | 11:15 | 14:30 | 16:00",
                                  "Prices last updated 3 February 2025",
                                  "Write to letters@example-gazette.co.uk, including your name and address."])
def test_a_booking_forms_choices_a_price_lists_date_and_a_letters_address_are_boilerplate(line):
    assert boilerplate_line(line)


@pytest.mark.parametrize("line", ["Select a few ripe tomatoes: the firmer ones keep better.",
                                  "Doors open: 7:30pm, and the show starts at 8pm.",
                                  "Prices rose sharply last year, the shop said."])
def test_lines_that_open_like_form_choices_or_price_dates_are_not(line):
    assert not boilerplate_line(line)


def test_a_booking_form_with_its_heading_field_choices_and_continue_button():
    text = (f"{LONG}\n\nChoose your appointment\n\n"
            "Select a practice: Exampleton (14 Corn Street) | Wendlebury (2 Station Parade)\n\n"
            "Appointment type: NHS eye test | Private eye test | Contact lens check\n\n"
            "Wednesday 14 May: 9:00 | 9:30 | 11:15 | 14:30 | 16:00\n\nContinue to your details\n\n"
            "Privacy policy | Cookie settings | Accessibility")
    roles = tag_roles_of(text)
    assert all(roles[k] == [BOILERPLATE] for k in range(1, 6))
    # a book's details row between furniture is content: its parts are fields, not choices
    details = f"{LONG}\n\nShare | Save\n\nPublisher: Example Press | Pages: 384 | Published: 2 May 2024\n\nShare | Save"
    assert tag_roles_of(details)[2] != [BOILERPLATE]


def test_a_page_post_credit_and_a_footer_address_with_a_firms_abbreviation_and_day_hours():
    line = "— Posted by Jo Example on the Example Hedgehog Hospital Facebook page, 14 October"
    assert attribution_span(line) == (0, len(line))
    text = (f"{LONG}\n\nRequest a booking: Name · Email · Phone\n\n"
            "Example Tattoo Co., 14 Tanner's Row, Exampleton EX3 7QE · Open Tue–Sat 11:00–19:00 · 01632 960482\n\n"
            "Follow us: Instagram · Facebook · TikTok")
    assert set(tag_roles_of(text)[2]) == {BOILERPLATE}


def test_a_service_heading_beside_a_price_lists_date_is_no_writers_name():
    text = f"{LONG}\n\nPrices last updated 1 April 2024\n\nNHS Treatment\n\n{LONG}\n\n{LONG}"
    assert tag_roles_of(text)[2] != [BOILERPLATE]


# ------------------------------------------------------------------------------- 397th-400th batches
@pytest.mark.parametrize("line,chrome", [("Instagram   Facebook   YouTube", True), ("Instagram  Facebook", True),
                                         ("Facebook  and Instagram posts", False),
                                         # three site names and nothing else, run together (a
                                         # 536th-batch footer: "Facebook Instagram X YouTube")
                                         ("Instagram Facebook YouTube", True),
                                         ("Instagram and Facebook", False)])
def test_a_row_of_social_links_kept_apart_by_gaps_is_navigation(line, chrome):
    assert boilerplate_line(line) is chrome


# ------------------------------------------------------------------------------- 401st-404th batches
@pytest.mark.parametrize("line", ["example_critic · 10 Nov 2025 07.15", "Jo_B replying to example_critic · 10 Nov 2025 08.02",
                                  "Today’s match sponsor: Example & Sons Builders Merchants, Exampleton",
                                  "We'll only use your details to arrange your quote. See our privacy notice."])
def test_a_commenters_username_line_a_match_sponsor_and_a_forms_data_promise_are_boilerplate(line):
    assert boilerplate_line(line)


@pytest.mark.parametrize("line", ["The council met on 10 Nov 2025 and agreed the plan.",
                                  "The match sponsor said it would stay on for another season."])
def test_prose_with_a_date_or_a_sponsor_is_not(line):
    assert not boilerplate_line(line)


def test_a_photo_card_copied_header_first_closed_by_its_button():
    text = (f"{LONG}\n\nShortly after midnight, Jo Example posted a photograph with the trophy.\n\n"
            "jo_example_snooker · Verified\n\nStill can't believe it. Best night of my life.\n\n#Example #snooker\n\n"
            f"View this post on Instagram\n\n{LONG}")
    roles = tag_roles_of(text)
    assert roles[2] == [ATTRIBUTION] and set(roles[3]) == {POST} and roles[4] == [POST]
    # without the card's button closing it, the lines are prose
    assert set(tag_roles_of(text.replace("View this post on Instagram\n\n", ""))[3]) == {PROSE}


def test_a_letter_signature_with_a_lower_case_role_and_a_note_and_a_watch_button():
    assert _SIGNATURE_LINE.match("Jo Example, chair, Example Parish Council (writing in a personal capacity)")
    text = f"{LONG}\n\nWatch the trailer\n\nSign up to Small Screen, our weekly TV newsletter, in your inbox every Friday"
    assert tag_roles_of(text)[1] == [BOILERPLATE]


# ------------------------------------------------------------------------------- 405th-408th batches
@pytest.mark.parametrize("line", ["Opinion pieces reflect the views of the author and not necessarily those of the Example Herald.",
                                  "Example Blinds & Shutters Ltd · 4 Tanner's Yard, Exampleton · 01632 960 418 · hello@example-blinds.co.uk"])
def test_an_opinion_pages_notice_and_a_firms_contact_row_are_boilerplate(line):
    assert boilerplate_line(line)


@pytest.mark.parametrize("line", ["Her columns reflect the views of many readers, the editor said.",
                                  "Jo Example · who answers at jo@example.co.uk · says the shop's number is wrong, and she is right."])
def test_prose_like_those_lines_is_not(line):
    assert not boilerplate_line(line)


def test_a_councillors_signature_with_a_ward_and_opening_hours_between_furniture():
    assert _SIGNED_ROLE.match("Cllr Jo Example, Moorside ward, Example Borough Council")
    text = (f"{LONG}\n\nBook a Repair Online →\n\n"
            "Open Monday to Saturday 9:00–17:30 · Closed Sundays and bank holidays\n\n"
            "Follow us: Facebook · Instagram")
    assert tag_roles_of(text)[2] == [BOILERPLATE]
    # in the body, a venue's hours are content
    assert tag_roles_of(f"{LONG}\n\nOpen Monday to Saturday 9:00–17:30 · Closed Sundays\n\n{LONG}")[1] != [BOILERPLATE]


def test_an_activity_card_with_its_figures_and_the_athlete_under_them():
    text = (f"{LONG}\n\nJo Example later uploaded the run, where it drew hundreds of comments.\n\nExample XC\n\n"
            "Hardest 8k of my life and I loved every second of it. Worth it.\n\n"
            "8.02 km · 29:47 · 3:43 /km · Elev gain 214 m\n\nJo Example · 11 January 2025 · Example Edge\n\n{LONG}")
    roles = tag_roles_of(text)
    assert roles[2] == [POST] and set(roles[3]) == {POST} and roles[4] == [POST]
    assert roles[5] == [ATTRIBUTION]
    assert set(roles[1]) == {PROSE} and roles[6] == [PROSE]


# ------------------------------------------------------------------------------- 409th-412th batches
def test_a_trades_list_of_services_between_its_name_and_menu_is_the_tagline():
    tagline = "Stove Installers · Chimney Sweeps · Flue Liners | Serving Exampleton and the Example Valley since 2004"
    text = (f"Example Flue & Hearth\n\n{tagline}\n\nHome | Stoves | Chimney Services | Prices | Contact\n\n{LONG}\n\n"
            "© 2025 Example Flue & Hearth Ltd. All rights reserved.")
    assert tag_roles_of(text)[1] == [BOILERPLATE]
    # a long line without separators there is no tagline
    long_line = "Stove installers and chimney sweeps serving Exampleton and the Example Valley with care since the spring of 2004"
    assert tag_roles_of(text.replace(tagline, long_line))[1] != [BOILERPLATE]


def test_a_letters_desk_note_under_its_label():
    assert boilerplate_line("How to write to us: letters should be no more than 300 words and must include your address.")
    assert not boilerplate_line("How to write to us: that is what a new reader asked this week, and the answer is simple.")


# ------------------------------------------------------------------------------- 413th-416th batches
def test_a_post_card_whose_display_name_carries_an_emoji():
    text = (f"{LONG}\n\nJo Example 🌾 (@joexample.bsky.social)\n\nBridge has been under review for SEVEN years.\n\n"
            f"3 March 2025 at 08:15\n\n{LONG}")
    roles = tag_roles_of(text)
    assert roles[1] == [ATTRIBUTION] and set(roles[2]) == {POST} and roles[3] == [ATTRIBUTION]


def test_an_activity_credit_naming_the_platform_with_its_figures():
    line = "Jo Example · Strava · 8 June 2025 · Distance 162.3 km · Elev Gain 2,634 m · Time 4:51:07"
    assert attribution_span(line) == (0, len(line))
    assert attribution_span("Jo Example · Strava · the ride she calls her best · Distance unknown") is None


def test_a_phone_line_between_furniture_and_a_five_word_heading_over_the_footer():
    text = (f"{LONG}\n\nEmail: markets@example.org\n\nTelephone: 01632 960418 (Monday to Friday, 9am to 4pm)\n\n"
            "Was this page helpful? Yes | No")
    assert tag_roles_of(text)[2] == [BOILERPLATE]
    assert tag_roles_of(f"{LONG}\n\nTelephone: 01632 960418 (Monday to Friday, 9am to 4pm)\n\n{LONG}")[1] != [BOILERPLATE]
    footer = ("Letters should be no longer than 300 words and may be edited.\n\n"
              "Privacy notice | Complaints | Accessibility")
    assert tag_roles_of(f"{LONG}\n\n{LONG}\n\nHow to write to us\n\n{footer}")[2] == [BOILERPLATE]


# ------------------------------------------------------------------------------- 417th-420th batches
def test_an_activity_card_closed_by_the_athlete_with_the_activitys_name_and_figures():
    text = (f"{LONG}\n\nJo Example later logged the leg on the exercise-tracking app, where she posted a photo.\n\n"
            "Legs gone, lungs gone, title won\n\nForty seconds down at the changeover. Pint earned.\n\n"
            f"Jo Example · Example Relay Leg 4 · 6.84 km · 41:12 · 386 m elev gain\n\nGive kudos · Comment\n\n{LONG}")
    roles = tag_roles_of(text)
    assert roles[2] == [POST] and set(roles[3]) == {POST} and roles[4] == [ATTRIBUTION]
    assert set(roles[1]) == {PROSE}


@pytest.mark.parametrize("line,desk", [
    ("Letters responding to this editorial can be sent to the Letters Editor, The Example Standard, 14 Market Row.", True),
    ("Letters on this subject are welcome.", True),
    ("Letters on this subject have poured in since March, the editor said.", False)])
def test_a_letters_desk_invitation_under_an_editorial(line, desk):
    assert boilerplate_line(line) is desk


# ------------------------------------------------------------------------------- 421st-424th batches
def test_a_professional_post_after_its_lead_in_closed_by_its_hashtags():
    text = (f"{LONG}\n\nIn the post, she wrote:\n\nJo Example · Owner, Example Holdings | Former MD, Example & Finch\n\n"
            "Some personal news: I've bought Example Books.\n\nBookshops are not a nostalgia business. That stops now.\n\n"
            f"#Bookshops #Retail #HighStreet\n\n{LONG}")
    roles = tag_roles_of(text)
    assert roles[2] == [ATTRIBUTION] and set(roles[3]) | set(roles[4]) | set(roles[5]) == {POST}
    assert set(roles[6]) == {PROSE}
    # without the line that introduces it, the same lines are the page's own
    assert ATTRIBUTION not in tag_roles_of(text.replace("In the post, she wrote:\n\n", ""))[1]


@pytest.mark.parametrize("pitch", ["Get the best of Exampleton's nature news every Friday.",
                                   "Example Review is free to read and funded by readers like you."])
def test_a_pitch_before_a_sign_up_or_supporter_button_is_the_boxs(pitch):
    button = "Sign up to the Wildside newsletter" if "Friday" in pitch else "Become a supporter from £3 a month."
    assert set(tag_roles_of(f"{LONG}\n\n{pitch} {button}\n\n{LONG}")[1]) == {BOILERPLATE}


# ------------------------------------------------------------------------------- 425th-428th batches
def test_a_price_list_with_notes_after_its_prices_is_no_teaser_list():
    prices = ("Watch batteries fitted: £7.00, including a check of the back seal\n\n"
              "Engraving on trophies and tags: from £6.00 for up to 20 characters\n\nPet ID tags: £9.50")
    roles = tag_roles_of(f"{LONG}\n\nOther Services\n\n{prices}\n\n{LONG}")
    assert all(BOILERPLATE not in r for r in roles[2:5])
    teasers = "Watch batteries and where to buy them\n\nEngraving trophies for the club\n\nPet tags that last"
    assert tag_roles_of(f"{LONG}\n\nOther Services\n\n{teasers}\n\n{LONG}")[2] == [BOILERPLATE]


def test_a_photo_card_headed_by_its_account_and_tagged_place():
    text = (f"{LONG}\n\nShe posted on Instagram after the race:\n\njo.example.cx · Harrowfield, Kerrow Valley\n\n"
            "WHAT. A. DAY. Legs were screaming on lap 3.\n\n#cyclocross #mudseason\n\n"
            f"View this post on Instagram · 2,318 likes\n\n{LONG}")
    roles = tag_roles_of(text)
    assert roles[2] == [ATTRIBUTION] and set(roles[3]) | set(roles[4]) == {POST}
    # without the card's button under it, the same lines are the page's own
    plain = tag_roles_of(text.replace("View this post on Instagram · 2,318 likes\n\n", ""))
    assert POST not in plain[3]


@pytest.mark.parametrize("head", ["Jo Example @joexample.bsky.social", "Jo Example (she/her) @joexample.bsky.social"])
def test_a_post_card_headed_by_the_name_and_handle_on_one_line(head):
    text = f"{LONG}\n\n{head}\n\nI'm with the bridge keepers on this one. Solidarity.\n\n14 January 2025 at 09:31\n\n{LONG}"
    roles = tag_roles_of(text)
    assert roles[1] == [ATTRIBUTION] and set(roles[2]) == {POST} and roles[3] == [ATTRIBUTION]
    # without the time under it, the line closes nothing
    assert POST not in tag_roles_of(text.replace("14 January 2025 at 09:31\n\n", ""))[2]


def test_a_call_now_line_between_furniture_is_the_sites():
    nav = "Home | Services | Prices | Contact"
    # ("Call now: <number>" is a contact bar by its shape alone: see the 971st-978th batches)
    assert tag_roles_of(f"Example Plumbing\n\n{nav}\n\nCall 01632 960 418 (24 hours)\n\nHome > Services\n\n{LONG}")[2] == [BOILERPLATE]
    assert tag_roles_of(f"{LONG}\n\nCall 01632 960 418 (24 hours)\n\n{LONG}")[1] != [BOILERPLATE]


def test_a_button_with_its_price_after_it():
    share = "Share: Facebook · X · WhatsApp · Email"
    assert tag_roles_of(f"{LONG}\n\nBuy from our bookshop (£22.50)\n\n{share}")[1] == [BOILERPLATE]
    assert tag_roles_of(f"{LONG}\n\nTickets cost £22.50\n\n{share}")[1] != [BOILERPLATE]


# ------------------------------------------------------------------------------- 429th-432nd batches
@pytest.mark.parametrize("line,form", [
    ("I would like to register as: ( ) NHS patient ( ) Private patient ( ) Not sure", True),
    ("Preferred contact: ☐ Phone ☐ Email", True),
    ("The fee (£20) covers: (a) the survey (b) the report", False)])
def test_a_forms_question_with_its_radio_buttons(line, form):
    assert boilerplate_line(line) is form


def test_a_posts_dashed_credit_with_its_reach_after_the_date():
    line = "- Example Boat Trips, Facebook, 9 July 2024 · 312 likes · 48 comments"
    assert attribution_span(line) == (0, len(line))
    assert attribution_span("- Example Boat Trips, Facebook, 9 July 2024 · the trip of a lifetime") is None


def test_a_heading_over_a_price_list_is_the_pages_own_and_a_button_stays_one():
    prices = "Box framing for medals and shirts: from £120\n\nCanvas stretching: from £35"
    assert tag_roles_of(f"{LONG}\n\nOther services\n\n{prices}\n\n{LONG}")[1] == [HEADLINE]
    assert tag_roles_of(f"{LONG}\n\nShop geraniums\n\nPatio roses, 4-litre pots: £12.99 (was £16.99)\n\n{LONG}")[1] != [HEADLINE]


# ------------------------------------------------------------------------------- 433rd-436th batches
def test_a_professional_posts_footer_without_its_age_closes_the_quoted_post_above():
    text = (f"{LONG}\n\nThe chief executive announced the opening in a post on LinkedIn on Wednesday.\n\n"
            '"Today is one of the proudest days of my career."\n\n"Huge thanks to every baker. #Baking"\n\n'
            f"Jo Example · Chief Executive at Example Bakehouse · 2,318 reactions · 164 comments\n\n{LONG}")
    roles = tag_roles_of(text)
    assert roles[2] == [POST] and set(roles[3]) == {POST} and roles[4] == [ATTRIBUTION]
    # a comment's controls are not a poster's line
    assert attribution_span("Reply · 14 likes") is None and attribution_span("Reply | 3 likes") is None


@pytest.mark.parametrize("line,widget", [
    ("Share on Facebook    Share on X    Email this page", True),
    ("Call 01632 960418 or email hello@example.org", True),
    ("Site by ClubDesk", True),
    ("Share the cost    Split the bill", False),
    ("The site by the river was sold.", False)])
def test_share_rows_contact_prompts_and_site_credits(line, widget):
    assert boilerplate_line(line) is widget


def test_a_button_with_a_phone_number_after_it():
    assert tag_roles_of(f"{LONG}\n\nBook an inspection online or call us on 01632 960 418\n\n"
                        "Subscribe to our newsletter for seasonal offers")[1] == [BOILERPLATE]
    assert tag_roles_of(f"{LONG}\n\nThe workshop is busy, so call us on 01632 960 418\n\n"
                        "Subscribe to our newsletter for seasonal offers")[1] != [BOILERPLATE]


@pytest.mark.parametrize("middle", [
    "Example Watch Repair · 14 Cobbler's Lane, Wrenfield · Open Tuesday to Saturday, 9.30am–5pm",
    "Example Lawn Tennis Club, Millbrook Lane, Ashcombe Vale. Affiliated to the Example County Tennis Association."])
def test_an_address_between_the_footers_lines_with_its_hours_or_the_sites_own_sentence(middle):
    roles = tag_roles_of(f"{LONG}\n\nFollow us: Facebook | Instagram | X\n\n{middle}\n\n© 2025 Example Ltd | Privacy | Cookies")
    assert set(roles[2]) == {BOILERPLATE}
    story = "The club was founded in 1921. It has six courts."
    assert PROSE in tag_roles_of(f"{LONG}\n\nFollow us: Facebook | Instagram | X\n\n{story}\n\n© 2025 Example Ltd | Privacy")[2]


# ------------------------------------------------------------------------------- 437th-440th batches
@pytest.mark.parametrize("line", ["What our customers say", "What visitors say", "What families are saying",
                                  "What customers say about Example Fence Paint"])
def test_a_testimonials_heading_is_the_pages_own_heading(line):
    # Labelled fact in 165 of 181 example pages (99 of them also accepting boilerplate).
    assert not boilerplate_line(line)
    assert tag_roles_of(f"{LONG}\n\n{line}\n\n“They fixed it in a day.” — Jo E.\n\n{LONG}")[1] in ([HEADLINE], [PROSE])


@pytest.mark.parametrize("line,furniture", [
    ("Basket (0)", True), ("Cart (2)", True), ("Basket weaving (2 days)", False),
    ("Registered in England No. 10482217 · Approved Contractor, Example Electrical Standards Scheme", True),
    ("Registered in England in 1921, the firm grew.", False)])
def test_a_basket_count_and_a_registration_line_opening_with_the_registration(line, furniture):
    assert boilerplate_line(line) is furniture


def test_a_post_introduced_by_taking_to_the_platform_and_credited_with_the_posters_place():
    text = (f"{LONG}\n\nWithin hours, several farmers had taken to Facebook to criticise the scheme.\n\n"
            "Well that's it then. Who pays for the flooded field?\n\n"
            f"Jo Example · Example Farm, Callan Bridge · 7 May at 14:12 · 312 likes · 188 comments\n\n{LONG}")
    roles = tag_roles_of(text)
    assert set(roles[2]) == {POST} and roles[3] == [ATTRIBUTION]
    plain = text.replace("had taken to Facebook to criticise", "had criticised")
    assert POST not in tag_roles_of(plain)[2]


# ------------------------------------------------------------------------------- 441st-444th batches
@pytest.mark.parametrize("paragraph", [
    "Support independent jazz writing. Example Review is free to read and funded by readers. Become a supporter from £3 a month.",
    "Get our weekly round-up of the best new places to eat in the valley. Sign up to the newsletter",
    "Happy hunting. Tamsin x"])
def test_a_plea_a_newsletters_round_up_and_a_farewell_belong_to_their_widget_or_signature(paragraph):
    tags = "Tags: autumn, mushrooms, beginners, safety"
    assert set(tag_roles_of(f"{LONG}\n\n{paragraph}\n\n{tags}")[1]) == {BOILERPLATE}


def test_a_plea_or_round_up_without_its_button_stays_prose():
    assert PROSE in tag_roles_of(f"{LONG}\n\nSupport independent jazz writing. The club needs you.\n\n{LONG}")[1]
    assert not boilerplate_line("The festival was funded by readers of the paper in 2019.")


# ------------------------------------------------------------------------------- 445th-448th batches
def test_a_replys_header_names_the_commenter_it_answers():
    from slant.line_shapes import _COMMENT_DATED
    assert _COMMENT_DATED.match("Jo Example (author) replying to P_Example · 9 February 2025, 08:02")
    assert not _COMMENT_DATED.match("Jo Example (author) replying to P_Example about the budget, which the council set")


@pytest.mark.parametrize("line,furniture", [
    ("Production photos: Jo Example", True),
    ("Questions about your appointment? Read our FAQs or contact the donor helpline on 0300 123 2323.", True),
    ("Questions remain about the plan? Critics say yes.", False)])
def test_a_replys_header_a_production_photo_credit_and_a_help_prompt(line, furniture):
    assert boilerplate_line(line) is furniture


def test_a_professional_post_whose_author_line_holds_the_posts_age():
    text = (f"{LONG}\n\nThe owner announced the move in a post on LinkedIn on Tuesday evening.\n\n"
            "Jo Example · Owner at Example Books · 2d\n\nTen years ago I opened the shop with 900 books.\n\n"
            f"See you on Market Street in June. #IndieBookshops #SmallBusiness\n\n3,214 reactions · 287 comments · 41 reposts\n\n{LONG}")
    roles = tag_roles_of(text)
    assert roles[2] == [ATTRIBUTION] and set(roles[3]) | set(roles[4]) == {POST}
    # without the line that introduces it, the author's line stays the page's furniture
    plain = tag_roles_of(text.replace("in a post on LinkedIn ", ""))
    assert ATTRIBUTION not in plain[2]


# ------------------------------------------------------------------------------- 449th-452nd batches
def test_comment_headers_with_a_hyphen_for_the_dash_under_a_reader_comments_count():
    text = (f"{LONG}\n\nReader comments (2)\n\njo_example - 10 March 2024\n\nWent on Saturday. Agree about the dumplings.\n\n"
            "Example Eats replied - 11 March 2024\n\nThanks, all.")
    roles = tag_roles_of(text)
    assert roles[1] == [BOILERPLATE] and roles[2] == [BOILERPLATE] and POST in roles[3] and roles[4] == [BOILERPLATE]
    # outside a comments section a name and a date stay the page's own
    assert tag_roles_of(f"{LONG}\n\nHarvest Festival - 10 March 2024\n\n{LONG}")[1] != [BOILERPLATE]


@pytest.mark.parametrize("line,byline", [
    ("By Jo Example | 9 March 2024 | 6 min read", True),
    ("Restaurant review by Jo Example | 9 March 2024 | 6 min read", True),
    ("Review by the council found a fault", False),
    ("By Tuesday | the council said", False)])
def test_a_byline_with_its_date_and_reading_time_between_bars(line, byline):
    assert is_byline(line) is byline


def test_a_quoted_professional_post_closed_by_its_dashed_credit_with_the_posts_age():
    text = (f"{LONG}\n\nIn the post, Ms Example wrote:\n\nWhat a year. We had the best spring in our history.\n\n"
            "Garden centres aren't just shops. #retail #growth\n\n"
            f"— Jo Example, Managing Director at Example Garden Centres · 2d · Edited\n\n1,284 reactions · 163 comments\n\n{LONG}")
    roles = tag_roles_of(text)
    assert set(roles[2]) | set(roles[3]) == {POST} and roles[4] == [ATTRIBUTION]


def test_a_contact_bar_of_phone_and_hours_between_the_menus():
    text = (f"Example Upholstery\n\nHome | About Us | Our Work | Prices | Contact\n\n"
            f"Call the workshop on 01632 418207 · Open Tuesday to Saturday, 8.30am to 4pm\n\nHome > Services > Prices\n\n{LONG}")
    assert tag_roles_of(text)[2] == [BOILERPLATE]
    assert tag_roles_of(text.replace("Call the workshop on 01632 418207 · ", "Our workshop reopens after a fire · "))[2] != [BOILERPLATE]


# ------------------------------------------------------------------------------- 453rd-456th batches
def test_a_price_list_whose_lines_end_with_a_full_stop():
    prices = "Sensor replacement: from £45 per sensor, including programming.\n\nLocking wheel nut removal: £30."
    assert tag_roles_of(f"{LONG}\n\nOther services\n\n{prices}\n\n{LONG}")[1] == [HEADLINE]


def test_a_run_of_group_posts_each_closed_by_its_credit():
    text = (f"{LONG}\n\nThe news prompted hundreds of comments in the Example Swimmers Facebook group. Among the posts:\n\n"
            "Seven months. SEVEN. Did nobody check the roof?\n\nJo Example · Example Swimmers · 17 February at 21:14\n\n"
            "Drove 28 miles for a lane swim and it was cancelled. This is a joke.\n\n"
            f"Sam Example · Example Swimmers · 18 February at 08:52\n\n{LONG}")
    roles = tag_roles_of(text)
    assert set(roles[2]) == {POST} and roles[3] == [ATTRIBUTION] and set(roles[4]) == {POST} and roles[5] == [ATTRIBUTION]
    # a reporter's paragraph between two credits is not a third post
    two = text.replace("Drove 28 miles for a lane swim and it was cancelled. This is a joke.\n\n",
                       "Another member wrote that the swim had been cancelled.\n\nDrove 28 miles for nothing. A joke.\n\n")
    assert POST not in tag_roles_of(two)[4]


def test_an_activity_card_whose_title_the_line_above_quotes_and_whose_caption_runs_long():
    text = (f"{LONG}\n\nHours later she posted an account of her day on Strava, under the title \"Not bad for a slow starter\".\n\n"
            "Not bad for a slow starter 🏃‍♀️\n\nI woke at 4am with a sore throat. He said just start and see how it feels.\n\n"
            "Miles 20 to 24 were the hardest thing I have ever done.\n\nHuge thanks to everyone on the Quayside.\n\n"
            f"Jo Example · Example Marathon · 26.3 mi · 2:31:07 · 5:46 /mi\n\nKudos 1,412 · Comments 268\n\n{LONG}")
    roles = tag_roles_of(text)
    assert all(set(roles[i]) == {POST} for i in range(2, 6)) and roles[6] == [ATTRIBUTION]
    assert set(roles[1]) == {PROSE}


# ------------------------------------------------------------------------------- 457th-460th batches
def test_the_footers_own_lines_above_its_closing_furniture():
    text = (f"{LONG}\n\nBook Online\n\nExample Parlour, 14 Tanner's Yard, Exampleton · 01632 960418\n\n"
            "Opening hours: Tue–Sat 8.30am–4pm · Closed Sundays, Mondays and bank holidays\n\n"
            "Follow us on Instagram and Facebook\n\n© 2024 Example Parlour. All rights reserved.")
    roles = tag_roles_of(text)
    assert roles[1] == [BOILERPLATE] and set(roles[2]) == {BOILERPLATE} and set(roles[3]) == {BOILERPLATE}
    # an event list or a sentence that lists above the footer stays the page's own
    events = "Tuesday 12 November, 7.30pm: an illustrated talk on the old brickworks"
    listing = "Free help is available in English, Spanish, Vietnamese and Russian."
    for line in (events, listing):
        assert PROSE in tag_roles_of(f"{LONG}\n\n{line}\n\nFollow us on Instagram and Facebook\n\n© 2024 Example Ltd")[1]


@pytest.mark.parametrize("line,furniture", [
    ("Example View is the opinion of The Example Herald. Letters in response can be sent to letters@example.org.", True),
    ("His view is the opinion of the majority, he said.", False),
    ("Latest squad news", True)])
def test_a_house_views_label_and_a_latest_news_heading(line, furniture):
    assert boilerplate_line(line) is furniture


def test_an_activity_credit_with_the_day_and_the_place_before_the_figures():
    text = (f"{LONG}\n\nHours later, she uploaded the ride to Strava with the following caption:\n\n"
            "4:51. Still can't feel my legs\n\nCourse record!! Went out way too hard.\n\n"
            f"Jo Example · 13 October 2024 · Exampleton · 1.90 km · 4:51 · 612 W avg · 231 kudos\n\n{LONG}")
    roles = tag_roles_of(text)
    assert set(roles[2]) | set(roles[3]) == {POST} and roles[4] == [ATTRIBUTION]


# ------------------------------------------------------------------------------- 461st-464th batches
@pytest.mark.parametrize("line,header", [
    ("Jo E. · Exampleton East · 3 days ago", True), ("Jo E. · Exampleton · an hour ago", True),
    ("Jo Example · 2 hours ago", False),  # a blog's byline, as far as the line alone tells
    ("Pottery for beginners · 3 days", False), ("1.9k points · 8 hours ago", False)])
def test_a_neighbourhood_posts_header_with_its_age_in_words(line, header):
    from slant.line_shapes import _COMMENT_AGE
    assert bool(_COMMENT_AGE.match(line)) is header


@pytest.mark.parametrize("line,furniture", [
    ("Do you run a stall at the market hall? Get in touch with our newsroom at news@example.org", True),
    ("Why did it close? The council would not say.", False),
    ("Registered pharmacy premises no. 1187342 · Superintendent pharmacist: Jo Example", True),
    ("Registered charity no. 1187342", True)])
def test_a_call_for_sources_and_a_pharmacys_registration(line, furniture):
    assert boilerplate_line(line) is furniture


def test_a_bookshop_box_that_says_buy_this_book():
    roles = tag_roles_of(f"{LONG}\n\nBuy this book for £16.99 from the Example Bookshop. Free UK delivery on orders over £20.\n\n{LONG}")
    assert set(roles[1]) == {BOILERPLATE}


# ------------------------------------------------------------------------------- 465th-468th batches
@pytest.mark.parametrize("line,furniture", [
    ("Registered member, Example Guild of Clockmakers", True),
    ("Proud member of the Example Groomers Association", True),
    ("Members of the Parish Council voted against the plan.", False),
    ("Before you go, check the mountain forecast for the fells.", False),
    ("Before you go... Independent journalism costs money to produce.", True)])
def test_a_trade_bodys_membership_and_advice_that_opens_like_a_donation_pitch(line, furniture):
    assert boilerplate_line(line) is furniture


# ------------------------------------------------------------------------------- 469th-472nd batches
@pytest.mark.parametrize("line,field", [("Name", True), ("Email or phone", True), ("Phone number", True),
                                        ("Name the day", False), ("Phone numbers changed in 2019.", False)])
def test_a_forms_field_labels(line, field):
    assert boilerplate_line(line) is field


def test_a_booking_line_with_its_phone_between_the_menus_and_a_button_with_a_phone_and_a_full_stop():
    nav = "Home | Hearing Tests | Hearing Aids | Contact"
    assert tag_roles_of(f"Example Hearing\n\n{nav}\n\nBook a hearing check: 01632 448 190\n\nHome > Hearing Aids\n\n{LONG}")[2] == [BOILERPLATE]
    footer = "Example Hearing Centre, 14 Example Street, Exampleton EX1 2AB"
    assert tag_roles_of(f"{LONG}\n\nBook your hearing assessment online or call us on 01632 448 190.\n\n{footer}")[1] == [BOILERPLATE]


# ------------------------------------------------------------------------------- 473rd-476th batches
@pytest.mark.parametrize("line,furniture", [
    ("Ready to talk about a piece? Send us a few photos and we will get back to you within two days.", True),
    ("Ready to give it a go? Fill in the short form below and a coach will get back to you.", True),
    ("Prefer to talk? Ring Jo or Sam on 01632 960 418, or email bookings@example.org.", True),
    ("Ready to talk? The minister was not.", False)])
def test_a_prompt_to_get_in_touch(line, furniture):
    assert boilerplate_line(line) is furniture


# ------------------------------------------------------------------------------- 477th-480th batches
@pytest.mark.parametrize("line,furniture", [
    ("Get camp news first: sign up for the Example Hawks newsletter", True),
    ("Found this guide useful? Buy me a coffee to help keep the blog ad-free.", True),
    ("Jo Example pays for all her meals. Restaurants are not told in advance of her visit.", True),
    ("The council pays for all its meals on wheels from the care budget.", False)])
def test_a_newsletter_sign_up_after_its_lead_in_a_tip_jar_and_a_critics_meals_note(line, furniture):
    assert boilerplate_line(line) is furniture


def test_a_button_beside_the_widget_in_one_paragraph():
    footer = "Example Locksmiths Ltd, 14 Mill Street, Exampleton EX1 2AB."
    roles = tag_roles_of(f"{LONG}\n\nBook a lock change online or call us on 01632 960 418. Get a free quote\n\n{footer}")
    assert set(roles[1]) == {BOILERPLATE}
    assert PROSE in tag_roles_of(f"{LONG}\n\nThe locks were changed on Monday. Get a free quote\n\n{footer}")[1]


# ------------------------------------------------------------------------------- 481st-484th batches
def test_a_send_button_over_a_follow_row_for_the_studio():
    assert boilerplate_line("Follow the studio on Facebook | Instagram")
    assert not boilerplate_line("Follow the river north for two miles.")
    footer = "Member of the Example Guild of String Teachers"
    roles = tag_roles_of(f"{LONG}\n\nSend a message\n\nFollow the studio on Facebook | Instagram\n\n{footer}")
    assert roles[1] == [BOILERPLATE] and roles[2] == [BOILERPLATE]


# ------------------------------------------------------------------------------- 485th-488th batches
@pytest.mark.parametrize("line,verdict", [
    ("Review: The Example Oyster Bar, Exampleton – briny, brilliant and worth the wait", True),
    ("Example Silver Band: Winding Gear review – a colliery band finds its wild side", True),
    ("Restaurant review: The Example Lantern, Quay Road — a curry house that finally earns its queue", True),
    ("Example Vireo E review: Example's first electric seven-seater tested", False),  # what the test was
    ("Example Barrier Cream review: four weeks with the new £28 moisturiser", False),
    ("Review: Example Barrier Cream – is it worth £38?", False),                         # a question
    ("Review: Jo Example – The Ferryman's Daughter", False),                              # a title
    ("The rent review: what happened at the February general meeting", False),
    ("Subscribe to The Example Review: four print issues a year", False),                # a name
    ("The Example Anchor, Lowfield Marsh: a Sunday roast worth the detour", True),       # the place, then the verdict
    ("The Example Lantern, Pellinor Harbour: restaurant review", False),
    ("Hello, Autumn: Our New Seasonal Menu Starts Saturday", False),
])
def test_a_reviews_headline_with_the_critics_verdict(line, verdict):
    from slant.line_shapes import review_verdict
    assert review_verdict(line) is verdict


def test_a_review_headlines_verdict_is_the_critics_but_a_teaser_further_down_is_not():
    head = "The Example Inn review – a cosy pub that finally earns its queue"
    teaser = "The Other Inn review – a creaky old boozer that runs out of steam"
    text = f"Example Eats\n\nHome > Reviews\n\n{head}\n\n{LONG}\n\n{LONG}\n\n{LONG}\n\n{teaser}\n\n{LONG}"
    roles = tag_roles_of(text)
    assert roles[2] == [RATING]
    assert roles[7] != [RATING]


def test_a_group_posts_header_with_its_date_and_a_small_arrow():
    body = "So that's it then. First the bank, now the post office. Shameful."
    header = "Jo Example ▸ Example Village Community Noticeboard · 18 February at 19:06"
    text = f"{LONG}\n\nOne of the most-shared posts came from a resident of 46 years.\n\n{header}\n\n{body}\n\n{LONG}"
    roles = tag_roles_of(text)
    assert roles[2] == [ATTRIBUTION] and set(roles[3]) == {POST}
    assert set(tag_roles_of(f"{LONG}\n\nExample Village Noticeboard · 18 February\n\n{body}")[2]) != {POST}


def test_a_bare_handle_over_a_post_closed_by_view_on_threads():
    body = "So the 62 goes in March. My mum is 81 and her GP is in town. Disgraceful."
    roles = tag_roles_of(f"{LONG}\n\nPassengers took to Threads within hours.\n\nsandvalley_sal\n\n{body}\n\nView on Threads\n\n{LONG}")
    assert roles[2] == [ATTRIBUTION] and set(roles[3]) == {POST}
    # "View on Threads" under a credited post does not open the next paragraphs as another post
    credited = "— Jo Example (@jo.example) on Threads, 8 March 2025"
    roles = tag_roles_of(f"{LONG}\n\n“{body}”\n\n{credited}\n\nView on Threads\n\n{LONG}\n\n“{body}”\n\n{credited}")
    assert set(roles[4]) == {PROSE} and set(roles[5]) == {POST}


def test_a_readers_comment_between_its_name_and_its_dated_controls():
    text = (f"{LONG}\n\nComments (2)\n\nkottu_kid\n\nBeen three times and the hoppers are honestly the best.\n\n"
            "12 May 2024 · Reply · 14 likes\n\nJ. Example\n\nFour stars for dry cake? Overrated.\n\n12 May 2024 · Reply · 3 likes")
    roles = tag_roles_of(text)
    assert set(roles[3]) == {POST} and set(roles[6]) == {POST}
    assert roles[4] == [BOILERPLATE]
    # a date and a byline's bar are not a comment's controls
    text = f"{LONG}\n\nJo Example\n\nThe shop opened in 1998 on Mill Street.\n\n12 May 2024 · News · Share"
    assert POST not in tag_roles_of(text)[2]


def _letter(heading, name):
    return (f"{heading}\n\nI have lived beside the green for 41 years, and in that time it has hosted fairs and "
            f"games.\n\nThe plan would take a third of it for cars.\n\n{name}, Chapel Row, Exampleton")


def test_a_letters_heading_states_the_letters_case():
    text = (f"Letters: the green\n\n{LONG}\n\n" + _letter("Hands off our green", "Jo Example") + "\n\n"
            + _letter("Consultation was a sham", "Sam Example") + "\n\n" + _letter("'Think of the children'", "Al Example"))
    roles = tag_roles_of(text)
    assert roles[2] == [CLAIM] and roles[6] == [CLAIM]
    assert roles[10] != [CLAIM]  # a quoted heading quotes the letter
    assert roles[0] != [CLAIM]   # the page's title
    # one signed piece under a heading is not a letters page
    alone = tag_roles_of(f"Letters: the green\n\n{LONG}\n\n" + _letter("Hands off our green", "Jo Example"))
    assert CLAIM not in {r for para in alone for r in para}
    # nor are listings signed by place ("Harvest Family Day, Example Farm")
    items = tag_roles_of(f"What's on\n\n{LONG}\n\n" + _letter("Harvest Family Day, Example Farm", "Jo Example")
                         + "\n\n" + _letter("Teddy Bears' Picnic, Example Park", "Sam Example"))
    assert CLAIM not in {r for para in items for r in para}


@pytest.mark.parametrize("line,furniture", [
    ("Preferred date: dd/mm/yyyy", True),
    ("Call 01632 960 418 or Request a Callback", True),
    ("Registered as a Community Amateur Sports Club.", True),
    ("The date was written as dd/mm/yyyy on the form, the court heard.", False),
    ("Registered as a nurse in 1998, she worked on the ward for 20 years.", False)])
def test_a_forms_placeholder_a_callback_button_and_a_clubs_registration(line, furniture):
    assert boilerplate_line(line) is furniture


def test_a_footers_address_ending_in_its_postcode_before_a_sentence():
    footer = "Example Rowing Club, The Boathouse, Mill Lane, Exampleton EX4 2QR. Registered as a Community Amateur Sports Club."
    roles = tag_roles_of(f"{LONG}\n\n{footer}\n\nPrivacy policy | Safeguarding | Cookie settings")
    assert set(roles[1]) == {BOILERPLATE}


# ------------------------------------------------------------------------------- 489th-492nd batches
def test_a_threads_header_with_the_handle_and_the_posts_age_over_its_body():
    body = "So the last boat home is now 3.50pm. I finish my shift at 4. Do I sleep in the car park?"
    text = (f"{LONG}\n\nWithin hours, islanders had taken to Threads.\n\nmorag.example · 2d\n\n{body}\n\n"
            f"48 likes · 12 replies\n\n{LONG}")
    roles = tag_roles_of(text)
    assert roles[2] == [ATTRIBUTION] and set(roles[3]) == {POST}
    from slant.structure import _HANDLE_AGE
    assert _HANDLE_AGE.match("calum.fishes.example · 1d") and _HANDLE_AGE.match("jo_example · 3h")
    assert not _HANDLE_AGE.match("News · 2d") and not _HANDLE_AGE.match("example · 2 days")


# ------------------------------------------------------------------------------- 493rd-496th batches
def test_a_more_section_whose_teasers_end_with_a_quotation():
    teasers = "More darts\n\nExample out of Baltic Open with wrist injury\n\nExample: 'I'm playing the best darts of my life'"
    roles = tag_roles_of(f"{LONG}\n\n{teasers}\n\nComments (214) | Join the conversation")
    assert roles[1] == roles[2] == roles[3] == [BOILERPLATE]


def test_a_place_that_covers_so_many_hectares_is_no_writers_bio():
    text = (f"Example Botanic Garden\n\nHome | Visit | Shop\n\nExample Botanic Garden covers 19 hectares on the "
            f"slope of Example Hill.\n\n{LONG}")
    assert tag_roles_of(text)[2] == [PROSE]


@pytest.mark.parametrize("line,furniture", [
    ("Follow Pip & Example on Instagram and Facebook for the latest designs", True),
    ("Fill in our short form or call Jo on 01632 960 418 and we’ll get back to you within one working day.", True),
    ("Fill in the form and the council will decide within eight weeks.", False),
    ("Follow the river and Example Lane on foot to the weir.", False)])
def test_a_follow_prompt_naming_two_partners_and_a_contact_forms_promise_of_a_reply(line, furniture):
    assert boilerplate_line(line) is furniture


def test_readers_replies_under_their_names_below_a_line_that_names_the_platform():
    replies = ("Jo Example\n\nAbsolutely brilliant news. That van was her lifeline.\n\n"
               "Sam Example\n\n£96k a year for a bookshelf on wheels? Priorities, eh.")
    roles = tag_roles_of(f"{LONG}\n\nWe asked readers on our Facebook page what they thought.\n\n{replies}\n\n{LONG}")
    assert roles[2] == roles[4] == [ATTRIBUTION] and set(roles[3]) == set(roles[5]) == {POST}
    # without the platform, names over paragraphs are a vox pop or a list of people
    roles = tag_roles_of(f"{LONG}\n\nWe asked shoppers what they thought.\n\n{replies}\n\n{LONG}")
    assert ATTRIBUTION not in roles[2] and POST not in roles[3]


def test_a_guides_title_after_the_place_is_no_verdict():
    from slant.line_shapes import review_verdict
    assert not review_verdict("Example Pool, River Example: a swimmer's guide")
    assert review_verdict("Example Pool, River Example: a swimming hole worth the long walk in")


# ------------------------------------------------------------------------------- 497th-500th batches
def test_a_page_that_closes_a_post_with_its_credit_closes_its_later_posts_so_too():
    credit = "{} · Example Community Noticeboard · 12 March at {}"
    text = (f"{LONG}\n\nResidents shared the news on the village's Facebook group:\n\n"
            f"FINALLY!!! The loos are open again.\n\n{credit.format('Jo Example', '08:15')}\n\n"
            f"Not everyone was in a celebratory mood.\n\n£186k for a toilet block and it took them 3 years.\n\n"
            f"{credit.format('Sam Example', '09:02')}\n\n{LONG}")
    roles = tag_roles_of(text)
    assert roles[3] == [ATTRIBUTION] and set(roles[5]) == {POST} and roles[6] == [ATTRIBUTION]
    assert PROSE in roles[4]
    # with no post closed by its credit before it, such a line may open the paragraph under it
    alone = tag_roles_of(f"{LONG}\n\nNot everyone was in a celebratory mood.\n\n{credit.format('Sam Example', '09:02')}\n\n{LONG}")
    assert POST not in alone[1]


@pytest.mark.parametrize("line,furniture", [
    ("Buy from our partner bookshop: £17.09", True),
    ("Buy it from the Review bookshop (£22.50)", True),
    ("Buy from the farm shop for fresh eggs.", False)])
def test_a_book_reviews_shop_button_with_its_price(line, furniture):
    assert boilerplate_line(line) is furniture


def test_a_letters_signature_with_the_writers_age_and_role():
    assert _SIGNATURE_LINE.match("Jo Example (17), student representative, Example Sixth Form")
    assert not _SIGNATURE_LINE.match("Jo Example (17), who was in the car, was not hurt")


def test_a_contents_row_of_jump_links_and_the_heading_that_repeats_an_entry_which_is_no_pull_quote():
    row = ("Where dogs must be on a lead · Off-lead areas · Clearing up after your dog · Cattle and sheep · "
           "Ponds and water · Reporting a problem")
    text = f"{LONG}\n\nOn this page\n\n{row}\n\nWhere dogs must be on a lead\n\n{LONG}"
    roles = tag_roles_of(text)
    assert roles[2] == [BOILERPLATE] and roles[3] == [HEADLINE]  # the row is the contents box


# ------------------------------------------------------------------------------- 501st-504th batches
def test_a_threads_card_under_a_bare_lower_case_handle_closed_by_its_posted_line():
    body = "Commuted on this road every day for a year. Now the council wants to hand it back to the lorries."
    text = (f"{LONG}\n\nReaction was swift, with dozens of cyclists posting on Threads.\n\npennyexample\n\n{body}\n\n"
            f"Posted 10 Mar · 1.2K likes · View on Threads\n\n{LONG}")
    roles = tag_roles_of(text)
    assert roles[2] == [ATTRIBUTION] and set(roles[3]) == {POST} and roles[4] == [ATTRIBUTION]
    assert set(roles[1]) == {PROSE}


def test_a_writers_bio_that_has_written_for_the_paper_since_a_year():
    text = (f"Example Gazette\n\nHome | News | Opinion\n\nThe carnival is over\n\nJo Example\n\n{LONG}\n\n"
            "Jo Example has written for the Gazette since 2011. The views expressed are her own.")
    assert set(tag_roles_of(text)[5]) == {BOILERPLATE}


@pytest.mark.parametrize("line,furniture", [
    ("Registered pharmacy number 1090442.", True),
    ("Company number 08412277", True),
    ("Pharmacy number 12 was closed after the inspection.", False)])
def test_a_businesss_registration_number(line, furniture):
    assert boilerplate_line(line) is furniture


# ------------------------------------------------------------------------------- 505th-508th batches
def test_an_activitys_figures_with_a_time_in_hours_and_minutes_close_its_post():
    from slant.structure import _ACTIVITY_STATS
    assert _ACTIVITY_STATS.match("142.3 km · 3h 34m · Elev gain 2,180 m")
    assert not _ACTIVITY_STATS.match("3h 34m · a long day")  # no distance
    text = (f"{LONG}\n\nHallam later uploaded the ride to Strava. It read:\n\nDid that really just happen??\n\n"
            "Legs felt terrible for the first two hours. Biggest win of my life.\n\n"
            "142.3 km · 3h 34m · Elev gain 2,180 m\n\n— Jo Example on Strava, 14 April\n\n" + LONG)
    roles = tag_roles_of(text)
    assert set(roles[2]) == set(roles[3]) == {POST} and roles[5] == [ATTRIBUTION]


@pytest.mark.parametrize("line,furniture", [
    ("Show all 14 tracks", True), ("See all reviews", True), ("Show all the ways to help", False)])
def test_a_lists_show_all_button(line, furniture):
    assert boilerplate_line(line) is furniture


# ------------------------------------------------------------------------------- 509th-512th batches
def test_a_facebook_post_with_the_group_and_the_time_under_the_posters_name():
    text = (f"{LONG}\n\nWithin hours, a post about the closure in the community group had hundreds of replies.\n\n"
            "Jo Example\n\nExample Community Noticeboard · 2 June at 18:04\n\n"
            "Absolutely disgraceful. I've banked there since I was sixteen.\n\n👍😡 318 · 142 comments · 57 shares\n\n" + LONG)
    roles = tag_roles_of(text)
    assert roles[2] == roles[3] == [ATTRIBUTION] and set(roles[4]) == {POST}


def test_a_readers_comment_headed_by_the_name_the_date_and_said():
    text = (f"{LONG}\n\n3 thoughts on “The reservoir guide”\n\nJo Example on 3 April 2025 at 8:12 pm said:\n\n"
            "Spot on about the bay. Had three fish there last June.\n\nReply\n\n"
            "Sam Example on 4 April 2025 at 10:47 am said:\n\nThe ticket machine takes cards only now.\n\nReply")
    roles = tag_roles_of(text)
    assert roles[2] == roles[5] == [BOILERPLATE] and set(roles[3]) == set(roles[6]) == {POST}
    # outside a comment section, "<Name> said:" is a report's lead-in
    assert tag_roles_of(f"{LONG}\n\nThe chair said:\n\n{LONG}")[1] != [BOILERPLATE]


@pytest.mark.parametrize("line,furniture", [
    ("Call 01632 960 418 — 24-hour emergency line", True),
    ("Call 999 — the fire had spread to the roof.", False)])
def test_a_phone_line_with_its_label_after_a_dash(line, furniture):
    assert boilerplate_line(line) is furniture


# ------------------------------------------------------------------------------- 513th-514th batches
@pytest.mark.parametrize("line,verdict", [
    ("Courier View: Closing the youth club would be a costly mistake", True),
    ("Editorial: The university cannot keep balancing its books on students' rent", True),
    ("Our view: Merging the two councils is right, but not like this", True),
    ("Opinion | Guest Column", False),                    # a section label
    ("The Courier's view | Tuesday 11 March 2025", False),
    ("Opinion: Is it time?", False)])                      # a question
def test_an_editorials_headline_under_the_papers_label(line, verdict):
    from slant.line_shapes import headline_verdict
    assert headline_verdict(line) is verdict


def test_an_editorials_labelled_headline_is_the_papers_verdict():
    text = f"Example Courier\n\nHome | News | Opinion\n\nEditorial: The university cannot keep balancing its books on rent\n\n{LONG}"
    assert tag_roles_of(text)[2] == [RATING]


def test_a_facebook_post_closed_by_counts_with_the_number_first():
    text = (f"{LONG}\n\nJo Example\n\nExample Parents Chat · 10 March at 10:14\n\n"
            "So the park's shut AGAIN with zero notice. Absolute joke.\n\n214 reactions · 87 comments · 312 shares\n\n" + LONG)
    roles = tag_roles_of(text)
    assert roles[1] == roles[2] == [ATTRIBUTION] and set(roles[3]) == {POST}


# ------------------------------------------------------------------------------- 515th-546th batches
def test_an_instagram_credit_with_its_day_and_reach():
    line = "A post shared by Example Point Volunteer Rangers (@example_point_rangers) · 26 Nov 2024 · 5,806 likes · 412 comments"
    assert attribution_span(line) == (0, len(line))


@pytest.mark.parametrize("line,furniture", [
    ("👍❤️ 184   63 comments   211 shares", True),    # a post's counts spaced apart
    ("142 Reposts 37 Quotes 611 Likes", True),
    ("4 replies   11 reposts   52 likes", True),
    ("214 reactions   87 comments   12 shares", True),
    ("142 people replied and 37 shared it", False),
    ("☰ Menu   🔍 Search   Sign in", True),            # controls behind their icons
    ("Share   f   X   ✉   🔗 Copy link", True),
    ("Share  f  𝕏  ✉", True),
    ("Menu Search Sign in", True),                     # run together
    ("Search and rescue teams were called", False),
    ("Home News Opinion Sport Leisure Obituaries Puzzles e-Edition", True),
    ("News Sport Opinion Letters Family Notices Motoring Business Directory", True),
    ("Guides / Northern Lakes", True),                 # a breadcrumb of two parts
    ("Route guides / Northern climbs", True),
    ("The cost rose from £4 / month to £6", False),
    ("Serving Example, Otherby and the Tarn valley since 1874", True),   # a masthead's slogan
    ("The council has been serving residents since 1974 in this role.", False),
    ("Part of Example Media Ltd.", True),              # the owner in a footer
    ("Part of the problem is the media.", False),
    ("Tagged: Giselle, Example Ballet, classical, touring", True),
    ("Reply · ♥ 9", True), ("♡ 412 likes", True),
])
def test_furniture_lines_of_the_515th_to_546th_batches(line, furniture):
    assert boilerplate_line(line) is furniture


@pytest.mark.parametrize("line,furniture", [
    ("Your name   Your town   Your letter (max 300 words)   Send letter", True),
    ("Upload photos (up to 5 files, 10MB each)   Choose files", True),
    ("Name*   Email*   Phone   Postcode*   Tell us about your home", True),
    ("Yes 78%   No 14%   Not sure 8%   (1,243 votes)", True),
    ("Available times: 09:20  10:40  11:00  14:15", True),
    ("Full groom   £45   Book now", False),            # a price list's row
    ("Yes, it went well.   No one complained.   Send it back.", False),
])
def test_a_form_or_a_polls_results_copied_as_one_gapped_row(line, furniture):
    assert boilerplate_line(line) is furniture


def test_a_comment_under_its_name_closed_by_the_date_and_a_bare_like_count():
    text = (f"{LONG}\n\nNot every member was convinced. Replying to the post, Jo Example wrote:\n\nJo Example\n\n"
            "Love the shop but the prices are daft. Who's going to run it in 5 years?\n\n"
            f"13 March at 08:15 · Like · Reply · 47\n\n{LONG}")
    roles = tag_roles_of(text)
    assert roles[2] == [ATTRIBUTION] and set(roles[3]) == {POST}


def test_comments_headed_by_a_day_without_its_year_or_yesterday():
    text = (f"{LONG}\n\n31 Comments\n\nJo Example · 12 Mar\n\nAgree completely about the ending. I raced through it.\n\n"
            "Reply · ♥ 9\n\nexample_lad · Yesterday\n\nThe Example family are right. Nobody can afford it.\n\nReply")
    roles = tag_roles_of(text)
    assert set(roles[3]) == set(roles[6]) == {POST}
    # outside a comment section, "<Name> · 12 Mar" is not a commenter's header
    assert tag_roles_of(f"Example News\n\nJo Example · 12 Mar\n\n{LONG}")[2] != [POST]


def test_two_responses_opens_a_comment_section():
    text = (f"{LONG}\n\n2 responses\n\nJo Example · 17 March 2024 at 21:14\n\n"
            "I saw the Wednesday matinee and thought the first act was much tighter.\n\nReply")
    assert set(tag_roles_of(text)[3]) == {POST}


def test_a_comment_below_a_teaser_list_stays_the_readers():
    text = (f"{LONG}\n\nRelated articles\n\nExample Homes submits plans for 260 more homes\n\n"
            "Join the conversation · 14 comments · Sort by: Newest\n\nexample_lad · Yesterday\n\n"
            "The Example family are right. My kids grew up here and cannot afford it.\n\nLike (9)    Reply")
    assert set(tag_roles_of(text)[5]) == {POST}


@pytest.mark.parametrize("when", ["4 March at 08:51", "7 March at 18:20 · 🌐"])
def test_a_group_post_with_its_time_on_a_line_of_its_own(when):
    text = (f"{LONG}\n\nAnother resident, Jo Example, posted:\n\nJo Example ▶ Example Noticeboard\n\n{when}\n\n"
            f"Sorry but someone has to say it. We pay our council tax and get nothing back.\n\n👍😡 146    61 comments\n\n{LONG}")
    roles = tag_roles_of(text)
    assert roles[2] == roles[3] == [ATTRIBUTION] and set(roles[4]) == {POST}


def test_a_facebook_post_with_the_group_after_the_time():
    text = (f"{LONG}\n\nJo Example\n\n8 May at 15:47 · Example Parents Chat\n\n"
            f"Maisie came out of school absolutely buzzing, you lot are legends.\n\n👍❤️ 212   ·   38 comments\n\n{LONG}")
    roles = tag_roles_of(text)
    assert roles[1] == roles[2] == [ATTRIBUTION] and set(roles[3]) == {POST}


def test_a_professional_post_with_the_title_and_the_age_on_lines_of_their_own():
    text = (f"{LONG}\n\nJo Example\n\nOwner at Example & Co. | Cycling retail | Building community\n\n1d • Edited\n\n"
            "Big news! After two years of forms, the shop is finally getting a café.\n\n#SmallBusiness #Cycling\n\n"
            f"👍❤️👏 612 · 87 comments · 23 reposts\n\n{LONG}")
    roles = tag_roles_of(text)
    assert roles[1] == roles[2] == roles[3] == [ATTRIBUTION] and set(roles[4]) == {POST}


def test_a_threads_reply_closed_by_replying_to_the_date_and_counts():
    text = (f"{LONG}\n\nNot every farmer taking part believes the scheme goes far enough, however.\n\nexample.dairy\n\n"
            "Lovely to see owl numbers up but a box on a pole doesn't pay for a margin.\n\n"
            f"Replying to @exampleowls  ·  12/06/2025  ·  88 likes  ·  19 replies\n\n{LONG}")
    roles = tag_roles_of(text)
    assert roles[2] == roles[4] == [ATTRIBUTION] and set(roles[3]) == {POST}


def test_an_instagram_embeds_username_over_view_profile_over_its_button():
    text = (f"{LONG}\n\nSeveral of them shared the news on Instagram.\n\nexample_birder\n\nView profile\n\n"
            "View this post on Instagram\n\nI actually cried in the hide this morning. Best shift ever.\n\n"
            f"A post shared by Jo Example (@example_birder)\n\n{LONG}")
    assert tag_roles_of(text)[2] == [ATTRIBUTION]


def test_a_starred_credit_under_the_review_it_quotes():
    text = (f"{LONG}\n\n“Honestly the best value day out we've had all year. The kids loved it.”\n\n"
            "★★★★★ Jo Example, Otherby, on Tripadvisor, Aug 2024\n\nBook online & save £2\n\nGetting here\n\n" + LONG)
    roles = tag_roles_of(text)
    assert set(roles[1]) == {POST} and roles[2] == [ATTRIBUTION] and roles[4] != [POST]
    # under a review's quoted title, the starred card opens the review
    text = (f"{LONG}\n\n“Best location you could ask for”\n\n★★★★☆ Jo E., 1st year, Marine Biology\n\n"
            "I was in Block D and honestly loved my year here.\n\nWas this review helpful? Yes (34) | No (2)")
    assert set(tag_roles_of(text)[3]) == {POST}


@pytest.mark.parametrize("line", ["Food 8   Service 8   Atmosphere 5   Value 7   Overall 7/10",
                                  "Food 7/10   Atmosphere 9/10   Value 9/10", "Food: 9/10"])
def test_a_reviews_marks_set_apart_by_gaps_or_one_to_a_line(line):
    assert tag_roles_of(f"{LONG}\n\n{line}\n\n{LONG}")[1] == [RATING]


def test_a_button_over_a_short_title_line_is_headed_nowhere():
    text = (f"{LONG}\n\nEnquire about this clock\n\nVictorian walnut bracket clock\n\n{LONG}\n\n"
            f"Apply for an allotment\n\nHow long will I have to wait?\n\n{LONG}")
    roles = tag_roles_of(text)
    assert roles[1] == roles[4] == [BOILERPLATE]
    # a page's title under its breadcrumb is its heading
    text = f"Home > Business > Markets > Market stall licence\n\nApply for a market stall licence\n\nLast updated: 14 March 2025\n\n{LONG}"
    assert tag_roles_of(text)[1] != [BOILERPLATE]


def test_a_footers_address_with_its_owner():
    text = f"{LONG}\n\nLoad more comments\n\nExample Echo, Unit 4, Tanners Yard, Exampleton KW2 8LP. Part of Example Media Ltd.\n\nContact us | Advertise | Privacy"
    assert set(tag_roles_of(text)[2]) == {BOILERPLATE}


# ------------------------------------------------------------------------------- 547th-554th batches
@pytest.mark.parametrize("line,furniture", [
    ("Accept all    Manage preferences", True),          # a cookie banner's buttons
    ("Step 2 of 4: Choose your practitioner", True),     # a booking form's step
    ("Step 2: Photographic survey. We photograph every part of the damage.", False),
    ("Facebook Instagram X YouTube", True),              # the site's social links run together
    ("You need to be signed in to comment. Sign in or create an account.", True),
])
def test_furniture_lines_of_the_547th_to_554th_batches(line, furniture):
    assert boilerplate_line(line) is furniture


def test_a_reviews_stars_set_apart_by_gaps():
    assert tag_roles_of(f"{LONG}\n\nFood ★★★☆☆   Service ★★★★☆   Value ★★★☆☆\n\n{LONG}")[1] == [RATING]


@pytest.mark.parametrize("marker,header", [
    ("Comments (63)   Sort by: Newest", "example_mint88 · 2 hours ago"),
    ("3 responses", "Jo Example on 15 March 2025 at 8:12 am")])
def test_comments_under_a_gapped_sort_widget_or_a_header_with_on(marker, header):
    text = (f"{LONG}\n\nRead more\n\nExample hospital waits among longest in region\n\n{marker}\n\n{header}\n\n"
            "They charged my dad while he was actually IN the cardiac unit. Shameful.\n\nReply · 14 likes")
    assert set(tag_roles_of(text)[5]) == {POST}


def test_a_group_posts_credit_with_the_day_and_its_counts():
    for credit in ("— Jo Example, Example Village Noticeboard · 10 March at 19:47 · 112 reactions · 64 comments",
                   "— Jo Example in Example Community Noticeboard · 12 November 2024 · 312 reactions · 96 shares"):
        text = (f"{LONG}\n\nEveryone in the village knows the pub turns a blind eye. About time.\n\n{credit}\n\n{LONG}")
        roles = tag_roles_of(text)
        assert set(roles[1]) == {POST} and roles[2] == [ATTRIBUTION]
    # without the counts, "— Name, <Place> · 10 March" stays a signature's shape
    from slant.line_shapes import _GROUP_POST_SIGNATURE
    assert not _GROUP_POST_SIGNATURE.match("— Jo Example, Otherby · 10 March")


def test_an_owners_reply_headed_replied_and_the_date():
    text = (f"{LONG}\n\n4 Comments\n\nSam Example · 16 November 2024 at 18:20\n\nBest gelato on the coast.\n\nReply  ·  Like (41)\n\n"
            "Jo Example (Example Gelateria) replied  ·  17 November 2024 at 10:03\n\n"
            "Thank you so much for the lovely review. New recipe in the spring.\n\nReply")
    assert set(tag_roles_of(text)[6]) == {POST}


@pytest.mark.parametrize("sub,close", [("1d", "♡ 1.2K   💬 86   🔁 41\n\nView on Threads"),
                                       ("Example Park, Exampleton", "1,204 likes · 7 June\n\nView more on Instagram")])
def test_a_card_with_the_posts_age_or_place_under_the_account(sub, close):
    text = (f"{LONG}\n\nShe later posted a photo on the platform:\n\nexample_bats\n\n{sub}\n\n"
            f"CHAMPIONS!!! Still can't quite believe it. Best bunch of people I've ever played with.\n\n{close}\n\n{LONG}")
    roles = tag_roles_of(text)
    assert roles[2] == roles[3] == [ATTRIBUTION] and set(roles[4]) == {POST}


@pytest.mark.parametrize("line,furniture", [
    ("Find your collection day   Enter your postcode   Find address", True),
    ("Choose a practitioner: Priya Example   Tom Example   First available", True),
    ("Letters may have been edited for length.", True),
    ("Showing 4 of 11 upcoming walks", True),
    ("Showing 4 of 11 walkers finished the course in under an hour.", False),
])
def test_form_and_listing_lines_of_the_555th_to_558th_batches(line, furniture):
    assert boilerplate_line(line) is furniture


def test_a_facebook_post_from_a_group_named_with_a_dash():
    text = (f"{LONG}\n\nJo Example\n\nExample Magna CC – Members & Friends · 20 June at 23:59 · 👥\n\n"
            f"Can see the glow from our bedroom window. Absolutely sick to my stomach.\n\n👍😢 214 · 87 comments\n\n{LONG}")
    roles = tag_roles_of(text)
    assert roles[1] == roles[2] == [ATTRIBUTION] and set(roles[3]) == {POST}


def test_a_bluesky_card_with_an_emoji_between_the_name_and_the_handle():
    text = (f"{LONG}\n\nJo Example 🌿 @jo-botany.bsky.social\n\nWell, I did not expect to be kneeling on a verge at 7am.\n\n"
            f"June 15, 2025 at 7:52 AM\n\n{LONG}")
    roles = tag_roles_of(text)
    assert roles[1] == [ATTRIBUTION] and set(roles[2]) == {POST}


def test_an_x_card_headed_by_the_name_the_handle_and_follow():
    text = (f"{LONG}\n\nHe later posted on X:\n\nJo Example @ExampleGloves · Follow\n\n"
            f"47 years old, dodgy knees, county champion. Best bunch of lads.\n\n6:48 PM · May 11, 2025\n\n"
            f"214 Reposts   1,307 Likes   38 Bookmarks\n\n{LONG}")
    roles = tag_roles_of(text)
    assert roles[2] == [ATTRIBUTION] and set(roles[3]) == {POST}


# ------------------------------------------------------------------------------- 567th-578th batches
def test_a_group_posts_dotted_credit_with_posted_in():
    text = (f"{LONG}\n\nBeen pulling bits of plastic out of my plot for six years. Nice that someone finally believes us.\n\n"
            "Jo Example  ·  posted in Example Allotment Growers (public group)  ·  14 May  ·  87 reactions  ·  23 comments\n\n" + LONG)
    roles = tag_roles_of(text)
    assert set(roles[1]) == {POST} and roles[2] == [ATTRIBUTION]


def test_a_group_posts_header_with_the_day_alone():
    text = (f"{LONG}\n\nJo Example ▸ Example Villagers · 14 February\n\n"
            f"Walked past the old phone box again today and honestly it breaks my heart.\n\n{LONG}")
    roles = tag_roles_of(text)
    assert roles[1] == [ATTRIBUTION] and set(roles[2]) == {POST}


def test_a_button_over_the_next_items_title():
    text = (f"{LONG}\n\nAdd to quote\n\nExample Stack 10\n\n{LONG}\n\nBook Lantern Trail\n\nDungeon Tales (ages 12+)\n\n{LONG}")
    roles = tag_roles_of(text)
    assert roles[1] == roles[4] == [BOILERPLATE]
    # a heading over its numbered list is the list's
    assert tag_roles_of(f"{LONG}\n\nTrack listing\n\n1. Salt Road (11:42)\n\n2. Marram (6:10)")[1] != [BOILERPLATE]


@pytest.mark.parametrize("line,furniture", [
    ("Search this site Search", True), ("Search …", True),
    ("Search and rescue teams were called out twice", False),
    ("Share on Facebook Share on X Email this article", True),   # share buttons run together
    ("Share on Facebook to win a family ticket", False),
    ("♥ 412   ↻ 97   Read 23 replies", True),                    # a post card's controls and counts
    ("612   Reply   Copy link   Read 41 replies", True),
    ("♥ Like   Liked by 38 people", True),
    ("12   34", False),                                          # two numbers alone
    ("Instagram @example_priya   Facebook /examplestudio", True),  # social links with the accounts
])
def test_furniture_lines_of_the_567th_to_578th_batches(line, furniture):
    assert boilerplate_line(line) is furniture


# ------------------------------------------------------------------------------- 579th-582nd batches
@pytest.mark.parametrize("line,furniture", [
    ("Est. 1872 · Serving Exampleton, Upper Denby and the Brack Valley", True),   # a masthead's slogan
    ("EXAMPLE ECHO – Serving Exampleton, Hollins Cross and the Ridge villages", True),
    ("Serving suggestions", False),
    ("Yes  No  Undecided", True),                                                  # a poll's answers
    ("Yes, the council should  No one asked us", False),
])
def test_furniture_lines_of_the_579th_to_582nd_batches(line, furniture):
    assert boilerplate_line(line) is furniture


def test_a_name_and_handle_card_closed_by_the_time_the_day_and_the_counts():
    text = (f"{LONG}\n\nJo Example @jo_example\n\nDay 2 of the bridge being shut. Mum can't manage the lane.\n\n"
            f"8:14 AM · Feb 11, 2025 · 41 Reposts · 156 Likes\n\n{LONG}")
    roles = tag_roles_of(text)
    assert roles[1] == roles[3] == [ATTRIBUTION] and set(roles[2]) == {POST}


# ------------------------------------------------------------------------------- 583rd-586th batches
def test_a_customers_review_rated_with_stars_is_credited():
    # the stars open the review, the credit under it gives no platform or day
    text = (f"{LONG}\n\n★★★★☆ Great teacher and my son loved her, I just wish there were more evening slots.\n\n"
            f"— Jo E., parent of a pupil\n\n{LONG}")
    roles = tag_roles_of(text)
    assert set(roles[1]) == {POST} and roles[2] == [ATTRIBUTION]
    # or the stars close the credit under a quoted review
    text = (f"{LONG}\n\n“Quick, thorough and absolutely no hard sell. Brilliant from start to finish.”\n\n"
            f"— Sam E., Exampleton ★★★★★\n\n{LONG}")
    roles = tag_roles_of(text)
    assert set(roles[1]) == {POST} and roles[2] == [ATTRIBUTION]
    # a writer's own paragraph over a dash line with a role stays the writer's
    roles = tag_roles_of(f"{LONG}\n\n{LONG}\n\n— Jo Example, club chair\n\n{LONG}")
    assert set(roles[1]) == {PROSE} and roles[2] != [ATTRIBUTION]


def test_the_lines_between_a_forms_first_field_and_its_send_button_are_the_form():
    text = (f"{LONG}\n\nReady to talk flowers?\n\nYour names *\n\nWedding date *\n\nVenue\n\n"
            f"Tell us a little about your day\n\nSend enquiry\n\n{LONG}")
    roles = tag_roles_of(text)
    assert all(roles[k] == [BOILERPLATE] for k in range(2, 7))
    assert set(roles[0]) == set(roles[7]) == {PROSE}
    # a price list over its button has no fields: its lines stay content
    text = f"{LONG}\n\nStandard tuning from £65\n\nPitch raise from £30\n\nBook a tuning\n\n{LONG}"
    roles = tag_roles_of(text)
    assert roles[1] != [BOILERPLATE] and roles[2] != [BOILERPLATE]


@pytest.mark.parametrize("line,furniture", [
    ("214 reposts · 1.1K likes", True),                       # counts with the number first
    ("Basket (0) £0.00", True), ("Basket (0) · £0.00", True),  # a basket with its total
    ("Call Tom: 01632 960 318", True),                         # a header's contact strip
    ("Call or WhatsApp Danny: 07700 900 318", True),
    ("Call 01632 960 418 or text 07700 900 362", True),
    ("Call 01632 960418 or request a callback", True),
    ("Call Tom on 01632 960 318 for a chat about your piano.", False),
    ("Call 01632 960418 or use the online form to arrange a visit.", False),
])
def test_furniture_lines_of_the_583rd_to_586th_batches(line, furniture):
    assert boilerplate_line(line) is furniture


def test_a_writers_name_over_the_job_and_the_date_is_the_byline():
    text = ("Opinion\n\nPutting our market in a car park would rip the heart out of Exampleton\n\n"
            f"Jo Example\n\nColumnist\n\nThursday 11 July 2024, 6:00am · 5 min read\n\n{LONG}")
    roles = tag_roles_of(text)
    assert roles[2] == roles[3] == [BOILERPLATE]
    # a name over "Columnist" with no date under it is not taken as the byline
    roles = tag_roles_of(f"Opinion\n\nA headline of the column\n\nJo Example\n\nColumnist\n\n{LONG}\n\n{LONG}")
    assert roles[2] != [BOILERPLATE]


def test_a_papers_name_under_the_banners_is_its_masthead():
    text = ("The Exampleton Courier\n\nServing Exampleton, Lydford Cross and the Tarne villages since 1887\n\n"
            "Log in | Subscribe from £1 a week\n\nNews   Opinion   Letters   Sport   Community   Obituaries   E-edition\n\n"
            f"Opinion › Our View\n\nOur view: Cutting the crossing patrols is a saving we will regret\n\n{LONG}")
    roles = tag_roles_of(text)
    assert roles[0] == roles[1] == [BOILERPLATE]  # the name and its slogan, not a headline
    # under a line of the page's content, a paper's name is content
    assert tag_roles_of(f"{LONG}\n\nThe Exampleton Gazette\n\n{LONG}")[1] != [BOILERPLATE]


def test_a_group_posts_credit_with_the_time_then_the_group_under_an_introduced_post():
    text = (f"{LONG}\n\nResident Jo Example shared footage of the emergence on the village's Facebook group:\n\n"
            "Absolutely magical evening at the church. Anyone who says bats are creepy has never seen this.\n\n"
            f"Jo Example · 6 July at 22:47 · Example St Mary Village Noticeboard\n\n👍❤️ 87   23 comments   4 shares\n\n{LONG}")
    roles = tag_roles_of(text)
    assert set(roles[2]) == {POST} and roles[3] == [ATTRIBUTION] and roles[4] == [BOILERPLATE]
    # under the writer's own paragraph, no post is made of it
    roles = tag_roles_of(f"{LONG}\n\n{LONG}\n\nJo Example · 6 July at 22:47 · Example St Mary Village Noticeboard\n\n{LONG}")
    assert set(roles[1]) == {PROSE}


def test_a_replys_header_with_its_arrow_in_the_comments():
    text = (f"{LONG}\n\n3 comments\n\nSam Example · 9 Feb 2025, 16:05\n\nWent last Sunday after reading this. Much better gravy.\n\n"
            f"↳ Jo Example (Author) · 9 Feb 2025, 17:40\n\nDelighted to hear it, Sam. I may have to go back!\n\n{LONG}")
    roles = tag_roles_of(text)
    assert roles[4] == [BOILERPLATE]


# ------------------------------------------------------------------------------- 587th-590th batches
@pytest.mark.parametrize("line,furniture", [
    ("Exampleton 9°C, light rain", True),                               # a weather widget
    ("Wednesday, 12 February 2025  |  4°C Light rain", True),
    ("Saturday 8 November 2025  ·  Today: light showers, 11°C", True),
    ("360 g water, at about 26°C", False), ("Temperature range: 40°C to 210°C", False),
    ("Maximum eclipse | 10:07:15 | 31°", False),
    ("★★★★★ 4.9 average from 212 Google reviews   Read all reviews", True),  # a reviews badge
    ("218     63 comments     9 shares", True),                         # a post's counts, its emoji lost
    ("Reply · 12 👍", True),                                             # a comment's controls
    ("The Exampleton Observer is published by Example Valley Media Ltd, 14 Sheep Street, Exampleton EX3 1QP.", True),
    ("Published by Example Media Ltd.", True),
    ("Complaints about our journalism should be sent to the editor at the same address.", True),
    ("The report was published by Ofsted on Tuesday.", False),
    ("The book is published by Salt Press Ltd and costs £12.", False),
])
def test_furniture_lines_of_the_587th_to_590th_batches(line, furniture):
    assert boilerplate_line(line) is furniture


def test_a_cards_handle_and_day_under_its_body_over_its_counts():
    text = (f"{LONG}\n\nOn Threads, several residents reacted to the news:\n\n"
            "so they spend 400k doing up the library and then shut it two days a week?? unreal\n\n"
            "jo_example · 20 Feb\n\n♡ 312   💬 47   ↻ 58\n\n"
            "Wednesday was the only day I could get there with my mum after her physio.\n\n"
            f"sam.example.writes · 20 Feb\n\n♡ 96   💬 12   ↻ 9\n\n{LONG}")
    roles = tag_roles_of(text)
    assert set(roles[2]) == set(roles[5]) == {POST} and roles[3] == roles[6] == [ATTRIBUTION]
    # with no counts under it, the same line heads what follows (a comment's header)
    roles = tag_roles_of(f"{LONG}\n\n{LONG}\n\njo_example · 20 Feb\n\n{LONG}")
    assert set(roles[1]) == {PROSE} and roles[2] != [ATTRIBUTION]


def test_a_quoted_testimonial_under_a_dash_credit_with_a_role():
    text = (f"{LONG}\n\n“Best fiver I spend all week. Our two come home shattered and happy every Tuesday.”\n\n"
            f"— Sam, dad of Under 13s and Under 15s players\n\n{LONG}")
    roles = tag_roles_of(text)
    assert set(roles[1]) == {POST} and roles[2] == [ATTRIBUTION]


def test_a_group_post_under_its_introduction_with_the_poster_then_the_group_and_age():
    text = (f"{LONG}\n\nOne post, shared with the author's permission, read:\n\nJo Example\n\n"
            "Example Lido Cold Water Swimmers  ·  2d  ·\n\n"
            "Heated?? The whole point of the lido is that it's COLD. Absolutely gutted.\n\n"
            f"👍❤️😢 312     148 comments     27 shares\n\n{LONG}")
    roles = tag_roles_of(text)
    assert roles[2] == roles[3] == [ATTRIBUTION] and set(roles[4]) == {POST}
    # without a line introducing it, a name over such a line is left alone
    roles = tag_roles_of(f"{LONG}\n\n{LONG}\n\nJo Example\n\nExample Lido Cold Water Swimmers  ·  2d  ·\n\n{LONG}\n\n"
                         f"👍❤️😢 312     148 comments     27 shares\n\n{LONG}")
    assert roles[2] != [ATTRIBUTION]


def test_a_forms_heading_that_asks_for_a_quote_is_its_button():
    text = f"{LONG}\n\nAsk for a free quote\n\nYour name\n\nEmail address\n\nSend enquiry\n\n{LONG}"
    assert tag_roles_of(text)[1] == [BOILERPLATE]


# ------------------------------------------------------------------------------- 591st-594th batches
@pytest.mark.parametrize("line,furniture", [
    ("Read all reviews", True), ("Read all about it", False),         # a reviews link
    ("Find address", True), ("Calculate my estimate", True),          # a form's own buttons
    ("Find addresses of all polling stations", False),
    ("Number of windows: [ 1 ▾ ]   Frame colour: [ White ▾ ]   Glass: [ Standard ▾ ]", True),  # a calculator's drop-downs
])
def test_furniture_lines_of_the_591st_to_594th_batches(line, furniture):
    assert boilerplate_line(line) is furniture


def test_opening_hours_a_day_to_a_line_between_the_footers_lines():
    text = (f"{LONG}\n\nHome | About | Prices | Contact\n\nFri 7.30am–5pm\n\nSat 8am–1pm\n\nSun Closed\n\n"
            "© 2024 Example Physiotherapy Ltd. All rights reserved.")
    roles = tag_roles_of(text)
    assert roles[2] == roles[3] == roles[4] == [BOILERPLATE]
    # an event's dated line there is not the opening hours
    text = (f"{LONG}\n\nHome | About | Prices | Contact\n\nTuesday 12 November, 7.30pm: Quiz night in the hall\n\n"
            "© 2024 Example Physiotherapy Ltd. All rights reserved.")
    assert tag_roles_of(text)[2] != [BOILERPLATE]


def test_form_fields_named_by_what_they_ask_for():
    text = (f"{LONG}\n\nParent/carer name\n\nChild's date of birth\n\nEmail address\n\nSend enquiry\n\n{LONG}")
    roles = tag_roles_of(text)
    assert roles[1] == roles[2] == roles[3] == roles[4] == [BOILERPLATE]


def test_a_byline_over_the_reading_time_alone():
    text = ("Opinion\n\nShutting the information centre is a false economy we cannot afford\n\n"
            f"Jo Example\n\nColumnist\n\n5 min read\n\n{LONG}")
    roles = tag_roles_of(text)
    assert roles[2] == roles[3] == [BOILERPLATE]


def test_a_group_posts_credit_with_the_group_after_in():
    line = "Jo Example in Example Community Noticeboard · 14 October at 22:41 · 312 reactions · 47 comments"
    assert attribution_span(line) == (0, len(line))
    assert attribution_span("Jo Example in the kitchen at 10:41, then the hall") is None


def test_a_cards_header_with_the_posters_name_or_handle_and_the_age_over_the_body_and_counts():
    text = (f"{LONG}\n\n{BODY}\n\nExample Minis & Juniors · 2d\n\n"
            "What a morning at the festival 🏉 Our Under 8s didn't stop smiling and the Under 10s played some lovely rugby.\n\n"
            f"👍 87   💬 12   ↗ 4\n\nSee more on Facebook\n\n{LONG}\n\n{BODY}\n\n{LONG}")
    roles = tag_roles_of(text)
    assert roles[2] == [ATTRIBUTION] and set(roles[3]) == {POST}
    text = (f"{LONG}\n\nThe delay prompted a stream of posts on Threads over the following days.\n\n"
            "jo_example · 27 Nov\n\nFour days now and the high street still looks like a power cut.\n\n"
            f"86 likes · 31 replies\n\nView on Threads\n\n{LONG}")
    roles = tag_roles_of(text)
    assert roles[2] == [ATTRIBUTION] and set(roles[3]) == {POST}
    # with no counts under the body, a name and an age over a paragraph is left alone
    roles = tag_roles_of(f"{LONG}\n\nExample Minis & Juniors · 2d\n\n{LONG}\n\n{LONG}")
    assert roles[1] != [ATTRIBUTION] and set(roles[2]) == {PROSE}


def test_a_reviews_credit_naming_the_review_site_needs_no_dash():
    text = (f"{LONG}\n\n★★★★☆ “Lovely walk and a proper laugh, though our trek got rained off twice.”\n\n"
            f"Jo E., Exampleton, Tripadvisor, July 2024\n\n{LONG}")
    roles = tag_roles_of(text)
    assert set(roles[1]) == {POST} and roles[2] == [ATTRIBUTION]
    # a name and a town under the writer's own paragraph is no credit
    roles = tag_roles_of(f"{LONG}\n\n{LONG}\n\nJo E., Exampleton, Tripadvisor, July 2024\n\n{LONG}")
    assert set(roles[1]) == {PROSE}


# ------------------------------------------------------------------------------- 595th-598th batches
@pytest.mark.parametrize("line,furniture", [
    ("Courier Comment", True), ("MERCURY VIEW", True), ("Gazette Leader Comment", True),  # the paper's own label
    ("A volunteer's view", False),
    ("Courier Comment represents the view of the newspaper. Letters in response are welcome.", True),
    ("Call Jo on 07700 900418 (Mon–Sat, 8am–6pm)", True),                        # a header's phone strip
    ("Call us on 0300 555 0172 (24 hours a day, 7 days a week)", False),
    ("Registered in England & Wales, company no. 04417729", True),
])
def test_furniture_lines_of_the_595th_to_598th_batches(line, furniture):
    assert boilerplate_line(line) is furniture


def test_a_business_replying_in_the_comments_with_its_verified_mark():
    text = (f"{LONG}\n\n4 comments\n\nSam Example · 23 May 2025, 21:02\n\nWent on the Friday and waited 50 minutes for dumplings.\n\n"
            f"Example Collective ✔ Verified · 24 May 2025, 09:40\n\nThanks Sam, that's fair feedback. We're adding two more stalls.\n\n{LONG}")
    assert tag_roles_of(text)[4] == [BOILERPLATE]


def test_a_customer_credited_by_an_initial_under_a_quotation():
    text = (f"{LONG}\n\n“I joined the beginners' course at 52 having never held a racket. The team were so patient.”\n\n"
            f"Jo E., member since 2023\n\n{LONG}")
    roles = tag_roles_of(text)
    assert set(roles[1]) == {POST} and roles[2] == [ATTRIBUTION]
    # under the writer's own paragraph it is no credit
    roles = tag_roles_of(f"{LONG}\n\n{LONG}\n\nJo E., member since 2023\n\n{LONG}")
    assert set(roles[1]) == {PROSE}


def test_a_bare_handle_over_a_body_closed_by_the_age_and_the_counts():
    text = (f"{LONG}\n\nVillagers say they were given no warning, and several have posted about it on Threads.\n\n"
            "jo.example.nq\n\nWent to post my grandson's birthday card this morning and the box is just GONE.\n\n"
            f"3d · 48 likes · 12 replies\n\n{LONG}\n\nsam_example\n\n{LONG}\n\n{BODY}")
    roles = tag_roles_of(text)
    assert roles[2] == [ATTRIBUTION] and set(roles[3]) == {POST}
    # a handle over the writer's paragraphs with no counts under them is left alone
    assert roles[6] != [ATTRIBUTION] and set(roles[7]) == {PROSE}


def test_a_booking_forms_picker_and_stepper_are_its_fields():
    text = (f"{LONG}\n\nSelect date\n\nSelect time slot: 9.30am | 11.00am | 12.30pm\n\nAdult £4.50   −  0  +\n\n"
            f"Book Tickets\n\n{LONG}")
    roles = tag_roles_of(text)
    assert roles[1] == roles[3] == roles[4] == [BOILERPLATE]


# ------------------------------------------------------------------------------- 599th-600th batches
@pytest.mark.parametrize("line,furniture", [
    ("Call Jo on 07700 914362", True), ("Call the council on 01632 960418 to report it.", False),
    ("The Exampleton Chronicle – serving Exampleton and the Lowdale villages since 1871", True),  # masthead and slogan
    ("The Exampleton Chronicle – serving the town since 1871 and proud of it.", False),
    ("Like Comment Share", True), ("👍 42 Reply Report", True),      # buttons run together
    ("Send reply to the council", False),
])
def test_furniture_lines_of_the_599th_to_600th_batches(line, furniture):
    assert boilerplate_line(line) is furniture


def test_a_comment_header_with_the_handle_in_brackets():
    text = (f"{LONG}\n\n3 comments\n\nJo (@towpathjo) says: 19 May 2025 at 9:27 pm\n\n"
            f"Walked it last week and the tearoom was shut. Worth checking before you go.\n\n{LONG}")
    assert tag_roles_of(text)[2] == [BOILERPLATE]


# ------------------------------------------------------------------------------- 601st-602nd batches
@pytest.mark.parametrize("line,furniture", [
    ("Like (9)", True), ("Like (the rest of us)", False),
    ("Save my name, email, and website in this browser for the next time I comment.", True),
    ("Powered by WordPress · Theme: Example by Example Studio", True),
])
def test_furniture_lines_of_the_601st_to_602nd_batches(line, furniture):
    assert boilerplate_line(line) is furniture


def test_a_price_list_with_dashes_under_its_heading_is_the_pages_own():
    text = (f"{LONG}\n\nOther services\n\nBox frames for shirts and medals — from £85\n\n"
            f"Needlework lacing and stretching — from £28\n\n{LONG}")
    roles = tag_roles_of(text)
    assert roles[1] != [BOILERPLATE] and roles[2] != [BOILERPLATE]
    # under a heading that recommends other things to buy, the same lines are teasers
    text = (f"{LONG}\n\nYou might also like\n\nOak cheese board, engraved — £24\n\n"
            f"Damson chutney, 300g — £5.25\n\n{LONG}")
    roles = tag_roles_of(text)
    assert roles[1] == roles[2] == roles[3] == [BOILERPLATE]


def test_a_customers_credit_giving_the_stars_needs_no_dash():
    text = (f"{LONG}\n\n“Fair price and no upselling. Our old boiler is running better than it has in years.”\n\n"
            f"Mr & Mrs Example, Exampleton ★★★★★\n\n{LONG}")
    roles = tag_roles_of(text)
    assert set(roles[1]) == {POST} and roles[2] == [ATTRIBUTION]


# ------------------------------------------------------------------------------- 603rd-606th batches
@pytest.mark.parametrize("line,furniture", [
    ("📞 01632 960418", True), ("24/7 Emergency Line: 01632 960 418", True),   # a phone number alone
    ("Barcode: 5 060412 873306", False),
    ("Call Jo on 07700 900417 or message us on WhatsApp", True),
    ("Reject non-essential", True), ("Reject the plan, residents say", False),
    ("Hexley & Example Community Noticeboard · Public group", True),
    ("The group went public in March.", False),
    ("318 reposts   1.4K likes   Read 96 replies", True),                    # X's card, its link to the replies
])
def test_furniture_lines_of_the_603rd_to_606th_batches(line, furniture):
    assert boilerplate_line(line) is furniture


def test_a_review_under_its_starred_title_is_credited_by_the_dash_line():
    text = (f"{LONG}\n\nWhat parents say\n\n★★★★★ Saved the day\n\n"
            "Our first entertainer cancelled two days before and Jo stepped in. Worth every penny.\n\n"
            f"— Sam E., Exampleton · Party date: March 2024\n\n{LONG}")
    roles = tag_roles_of(text)
    assert roles[2] == [POST] and set(roles[3]) == {POST} and roles[4] == [ATTRIBUTION]


def test_a_starred_reviewers_card_with_the_reviews_age():
    text = (f"{LONG}\n\nRated 4.9 out of 5 from 187 Google reviews\n\n★★★★★ Jo Example · 3 weeks ago\n\n"
            "Locked out at midnight and he was here in twenty minutes. Can't recommend enough.\n\n"
            "★★★★☆ Sam Example · 2 months ago\n\nGood job on the back door, though I had to wait.\n\n"
            f"Read all 187 reviews on Google\n\n{LONG}")
    roles = tag_roles_of(text)
    assert roles[2] == roles[4] == [ATTRIBUTION] and set(roles[3]) == set(roles[5]) == {POST}


def test_a_posters_name_under_the_footer_of_the_post_before_opens_the_next_post():
    text = (f"{LONG}\n\nPassengers have been reacting in the village group on Facebook:\n\n"
            "Jo Example\n\nI've used the 47 every week since 1991. Nobody asked us.\n\n"
            "11 March at 19:42 · 87 reactions · 23 replies\n\nSam Example\n\n"
            "If there's only 11 people on it no wonder they're pulling it.\n\n"
            f"11 March at 20:15 · 12 reactions\n\n{LONG}")
    roles = tag_roles_of(text)
    assert roles[5] != [BOILERPLATE] and set(roles[6]) == {POST}


def test_a_polls_question_over_its_results_and_its_options_over_the_vote_button():
    text = (f"{LONG}\n\nHave your say\n\nAre this year's lights better or worse than last year's?\n\n"
            f"Better 11% · About the same 23% · Worse 66% · 1,482 votes\n\n{LONG}")
    roles = tag_roles_of(text)
    assert roles[2] == roles[3] == [BOILERPLATE]
    text = (f"{LONG}\n\nIs a 4.99% council tax rise justified?\n\n"
            f"Yes, services need the money / No, cut waste first / Not sure\n\nVote · View results\n\n{LONG}")
    roles = tag_roles_of(text)
    assert roles[1] == roles[2] == [BOILERPLATE]
    # a question in the writer's text over a sentence with slashes stays the writer's
    text = f"{LONG}\n\nWho pays for it?\n\nThe council / the county split the bill, it says.\n\n{LONG}"
    assert tag_roles_of(text)[1] != [BOILERPLATE]


def test_a_comments_controls_with_the_like_count_behind_its_thumb():
    text = (f"{LONG}\n\nComments (47)\n\nTamlynExample\n\nSpot on. The lantern was the best bit of Christmas.\n\n"
            f"2 days ago · 👍 86 · Reply · Report\n\n{LONG}")
    roles = tag_roles_of(text)
    assert roles[2] == [ATTRIBUTION] and set(roles[3]) == {POST}


@pytest.mark.parametrize("button", ["Sign me up", "Leave a review"])
def test_more_buttons_headed_nowhere(button):
    text = f"{LONG}\n\nRead all 212 reviews\n\n{button}\n\nFAQs\n\n{LONG}"
    assert tag_roles_of(text)[2] == [BOILERPLATE]


def test_a_forms_question_with_its_choices_between_slashes_is_a_field():
    text = (f"{LONG}\n\nGet a free quote\n\nYour name\n\nPostcode\n\nPhone number or email address\n\n"
            "Which services are you interested in? Windows / Gutters / Conservatory roof / Fascias & soffits\n\n"
            f"Send my quote request\n\n{LONG}")
    roles = tag_roles_of(text)
    assert roles[4] == [BOILERPLATE] and set(roles[5]) == {BOILERPLATE}


def test_a_quotation_with_its_credit_on_the_same_line():
    text = (f"{LONG}\n\nWhat our customers say\n\n“Jo has done our windows for six years and never once missed a "
            f"visit. Lovely bloke.” — Pat E., Little Exampleton\n\n{LONG}")
    roles = tag_roles_of(text)
    assert roles[2][:-1] == [POST] * (len(roles[2]) - 1) and roles[2][-1] == ATTRIBUTION
    # a quotation followed by the writer's own sentence is not credited
    text = f"{LONG}\n\n“We felt powerless.” — that is how one owner put it to us.\n\n{LONG}"
    assert ATTRIBUTION not in tag_roles_of(text)[1]


# ------------------------------------------------------------------------------- 607th-610th batches
@pytest.mark.parametrize("line,furniture", [
    ("Call Jo on 01632 960418 · Open all year round", True),
    ("Price list last updated 3 March 2025", True), ("Prices last rose in 2019", False),
])
def test_furniture_lines_of_the_607th_to_610th_batches(line, furniture):
    assert boilerplate_line(line) is furniture


def test_starred_cards_with_a_dash_each_open_the_quotation_under_them():
    text = (f"{LONG}\n\n★ 4.9 out of 5 from 163 Google reviews\n\n"
            "★★★★★ Jo E. – passed first time, January 2025\n\n“Jo was so calm with me. Passed with only 3 minors.”\n\n"
            "★★★★☆ Sam E. – passed on second attempt, October 2024\n\n“Great instructor, really knows the test routes.”\n\n"
            f"Read all 163 reviews on Google →\n\n{LONG}")
    roles = tag_roles_of(text)
    assert roles[2] == roles[4] == [ATTRIBUTION] and set(roles[3]) == set(roles[5]) == {POST}


def test_dash_credits_under_the_pages_reviews_badge():
    text = (f"{LONG}\n\nKind words\n\n★★★★★ 4.9 average from 86 reviews on ExampleWed\n\n"
            "We were so nervous about having our photos taken, but she made it feel easy.\n\n"
            "— Jo & Sam, Example Tithe Barn, September 2024\n\n"
            "It poured all day and she still got us down on the sand for ten minutes.\n\n— Pat & Lee E., June 2024\n\n"
            "The album took four months because of a delay at the print lab.\n\n"
            f"★★★★☆ — Dan & Kit E., Example Town Hall, March 2024\n\nRead all 86 reviews\n\n{LONG}")
    roles = tag_roles_of(text)
    assert set(roles[3]) == set(roles[5]) == set(roles[7]) == {POST}
    assert roles[4] == roles[6] == roles[8] == [ATTRIBUTION]
    # without the badge, a dash line with a role under the writer's paragraph stays a signature
    text = (f"{LONG}\n\nWe were so nervous about our photos, but she made it feel easy.\n\n"
            f"— Jo Example, Club Chair\n\n{LONG}")
    assert tag_roles_of(text)[2] != [ATTRIBUTION]


def test_comments_under_their_names_closed_by_reactions():
    text = (f"{LONG}\n\nMore than 400 people commented in the town's community group. Here is some of what they said:\n\n"
            "Jo Example\n\nMy dad is in there three times a week. £4.20 a go adds up fast.\n\n"
            "12 March at 11:03 · Like · Reply · 214 reactions\n\nSam Example\n\n"
            "To be fair the multi-storey is falling apart.\n\n"
            f"12 March at 11:27 · Like · Reply · 88 reactions\n\n{LONG}")
    roles = tag_roles_of(text)
    assert roles[2] == roles[5] == [ATTRIBUTION] and set(roles[3]) == set(roles[6]) == {POST}


def test_a_polls_options_over_the_vote_button_with_its_count():
    text = (f"{LONG}\n\nHave your say\n\nShould Exampleton move to three-weekly bin collections?\n\n"
            "Yes – the savings are needed  /  No – keep fortnightly collections  /  Not sure\n\n"
            f"Vote · 1,482 votes so far\n\n{LONG}")
    roles = tag_roles_of(text)
    assert roles[2] == roles[3] == roles[4] == [BOILERPLATE]


def test_a_critics_marks_between_dots_without_a_scale():
    assert [r for _, r in roles_of(f"{BODY}\n\nFood 9 · Atmosphere 7 · Service 8 · Value 9\n")][-1] == RATING
    assert [r for _, r in roles_of(f"{BODY}\n\nRound 1 · Round 2 · Round 3\n")][-1] != RATING


def test_a_group_posts_header_whose_group_name_holds_a_dash():
    text = (f"{LONG}\n\nLongtime regular Jo Example gave his verdict in a post on the group's Facebook page.\n\n"
            "Jo Example ▸ Save Our Lamp – Exampleton St Clement\n\n28 February at 23:14 · 🌐\n\n"
            "Well what a night!! Been coming in the Lamp since 1983 and I've not seen it this full.\n\n"
            f"👍❤️ 286 · 54 comments · 31 shares\n\nLike · Comment · Share\n\n{LONG}")
    roles = tag_roles_of(text)
    assert roles[2] == [ATTRIBUTION] and set(roles[4]) == {POST}


# ------------------------------------------------------------------------------- 611th-614th batches
@pytest.mark.parametrize("line,furniture", [
    ("Call now: 01632 960418 · Mon–Fri 7.30am–5pm, Sat 8am–12pm", True),
    ("We'll reply within one working day. We never share your details with anyone.", True),
    ("We reply within a day, and we think that matters.", False),
    ("Get grading dates and club news by email", True), ("Get your tickets by email, she said.", False),
    ("Like · Reply · 52m · 18", True),
])
def test_furniture_lines_of_the_611th_to_614th_batches(line, furniture):
    assert boilerplate_line(line) is furniture


@pytest.mark.parametrize("line,signature", [
    ("Jo Example, by email", True),
    ("Worn Out, via email", False),    # an advice column's pseudonym signs the letter it quotes
    ("Jo Example, by the river", False),
])
def test_a_letters_signature_saying_how_it_came(line, signature):
    assert bool(_SIGNATURE_LINE.match(line)) is signature


def test_starred_guest_cards_with_the_stay():
    text = (f"{LONG}\n\nGuest reviews (41)\n\n★★★★☆ Jo & Sam, Exampleton · Stayed September 2024\n\n"
            "Lovely cottage, spoilt only slightly by a very feeble shower.\n\nWas this review helpful?  Yes (7)   Report\n\n"
            "★★★★★ Pat E. · Stayed August 2024 with two dogs\n\nDog heaven. Ours had the run of the garden.\n\n"
            f"Was this review helpful?  Yes (4)   Report\n\n{LONG}")
    roles = tag_roles_of(text)
    assert roles[2] == roles[5] == [ATTRIBUTION] and set(roles[3]) == set(roles[6]) == {POST}


def test_a_pages_reply_among_its_comments():
    text = (f"{LONG}\n\nJo Example\n\nWill parents be able to hire it for parties?\n\nLike · Reply · 1h · 6\n\n"
            "Exampleton Academy replied\n\nHi Jo, yes! Community bookings open on 1 April.\n\n"
            f"Like · Reply · 1h · 9\n\n{LONG}")
    roles = tag_roles_of(text)
    assert roles[4] == [ATTRIBUTION] and set(roles[5]) == {POST}


def test_an_instagram_card_from_view_profile_to_its_credit():
    text = (f"{LONG}\n\nThe gym celebrated the win on Instagram shortly after midnight:\n\nexamplegym\n\nView profile\n\n"
            "AND THE NEW!!! Our Jo is the ENGLISH CHAMPION. Fourteen years of 6am runs, bust noses and never once "
            "missing a session. Nobody deserves it more. We are so proud of you, champ, and of every single one of "
            "you who came down to the gym on a cold Tuesday night to hold the pads, spar a few rounds or just shout.\n\n"
            "Massive thanks to everyone who bought a ticket and made the hall the loudest place in the North.\n\n"
            "#ExampleFamily #NewChamp\n\nView all 212 comments\n\n2,847 likes\n\n"
            f"A post shared by Example Gym (@examplegym)\n\n{LONG}")
    roles = tag_roles_of(text)
    assert roles[2] == [ATTRIBUTION]
    assert set(roles[4]) == set(roles[5]) == set(roles[6]) == {POST}


def test_the_writers_name_over_the_job_with_the_reading_time():
    text = (f"THE EXAMPLE ECHO\n\nOPINION\n\nIf e-scooters are the future, somebody forgot to tell the pavement\n\n"
            f"Jo Example\n\nColumnist · 5 min read\n\n{LONG}\n\n{LONG}")
    roles = tag_roles_of(text)
    assert roles[3] == roles[4] == [BOILERPLATE]


# ------------------------------------------------------------------------------- 615th-618th batches
@pytest.mark.parametrize("line,furniture", [
    ('3 responses to "The Example Path is open at last!"', True), ("From our Facebook page", True),
    ("Follow the pack on Instagram @example_dogs", True), ("Call Dan or Ellie: 01632 960418", True),
    ("Theme: Meadowlark by Example Themes", True), ("Theme: the council by the river", False),
    ("The views in this column are the author's own and do not necessarily reflect those of the Herald.", True),
])
def test_furniture_lines_of_the_615th_to_618th_batches(line, furniture):
    assert boilerplate_line(line) is furniture


def test_a_starred_reviews_credit_with_its_parts_between_dots():
    text = f"{LONG}\n\n★★★☆☆ Lovely cut, but I was kept waiting 25 minutes past my appointment.\n\nGary T. · 1 month ago\n\n{LONG}"
    roles = tag_roles_of(text)
    assert set(roles[1]) == {POST} and roles[2] == [ATTRIBUTION]


def test_a_guests_credit_with_the_stay_under_a_starred_title():
    text = (f"{LONG}\n\n★★★★★ Perfect base for walking\n\nWe stayed three nights and didn't want to leave.\n\n"
            f"Helen & Rob, Exampleton · Stayed September 2024\n\n{LONG}")
    roles = tag_roles_of(text)
    assert set(roles[2]) == {POST} and roles[3] == [ATTRIBUTION]


def test_a_username_right_over_view_this_post_on_instagram():
    text = (f"{LONG}\n\nThe head coach posted on Instagram after the match:\n\ncoach_example_netball\n\n"
            "View this post on Instagram\n\nCHAMPIONS!!! 22 years we've waited for this.\n\n#netball #countycup\n\n"
            f"A post shared by Jo Example (@coach_example_netball)\n\n{LONG}")
    roles = tag_roles_of(text)
    assert roles[2] == [ATTRIBUTION] and set(roles[4]) == {POST}


def test_the_writers_name_over_a_bio_saying_what_they_have_written():
    text = (f"THE EXAMPLE HERALD\n\nA four-day week at the town hall? Show me the bins first\n\nJo Example\n\n"
            f"Jo Example has written about Exampleton life for the Herald since 1998.\n\n{LONG}\n\n{LONG}")
    roles = tag_roles_of(text)
    assert roles[2] == roles[3] == [BOILERPLATE]


def test_form_fields_marked_if_any_or_with_a_please_select_placeholder():
    text = (f"{LONG}\n\nMembership enquiry\n\nFirst name* | Last name* | Email* | Phone\n\n"
            "Which category are you interested in? – Please select –\n\nCurrent handicap index (if any)\n\n"
            f"Send enquiry\n\n{LONG}")
    roles = tag_roles_of(text)
    assert set(roles[3]) == {BOILERPLATE} and roles[4] == roles[5] == [BOILERPLATE]


def test_credits_between_reviews_that_open_with_their_stars():
    text = (f"{LONG}\n\n★★★★★ 4.9 out of 5 · based on 212 reviews\n\n"
            "★★★★★ I came in with a home-dye disaster and walked out with the best hair I've had.\n\n"
            "Jo E. · Exampleton · 2 weeks ago\n\n★★★★★ Finally a barber in town who listens.\n\n"
            f"Sam E. · 1 month ago\n\nRead all 212 reviews on Google →\n\n{LONG}")
    roles = tag_roles_of(text)
    assert set(roles[2]) == set(roles[4]) == {POST} and roles[3] == roles[5] == [ATTRIBUTION]


# ------------------------------------------------------------------------------- 619th-622nd batches
@pytest.mark.parametrize("line,furniture", [
    ("Subscribe to the Chronicle: unlimited access to local news for £1 a week for your first three months.", True),
    ("Enjoy our reviews? Buy us a coffee", True),
    ("We reply to every enquiry within one working day. By sending this form you agree to us storing your details.", True),
    ("Your name* Email address* Phone number Moving from (postcode)* Moving to (postcode)*", True),
    ("Stars* and stripes* are two things", False),
    ("Posted on 9 April 2024 by Jo Example, Transport & Streets rep", True),   # a blog's byline
])
def test_furniture_lines_of_the_619th_to_622nd_batches(line, furniture):
    assert boilerplate_line(line) is furniture


def test_opening_hours_with_the_day_it_is_shut_in_the_footer():
    text = (f"{LONG}\n\n{LONG}\n\nExample Removals Ltd, Unit 7, Example Lane, Exampleton EX4 2RT. Registered in England and Wales No. 04418827.\n\n"
            "Office open Mon–Fri 8am–6pm, Sat 9am–1pm. Closed Sundays.\n\nPrivacy policy | Terms & conditions | Sitemap")
    assert set(tag_roles_of(text)[3]) == {BOILERPLATE}


# ------------------------------------------------------------------------------- 623rd-624th batches
@pytest.mark.parametrize("line,furniture", [
    ("Call us on 01632 960 418 or book online", True),
    ("Company No. 09384412 · Registered in England & Wales", True),
    ("Call us on 01632 960 418 or book online if you would rather we came to you.", False),
])
def test_furniture_lines_of_the_623rd_to_624th_batches(line, furniture):
    assert boilerplate_line(line) is furniture


# ------------------------------------------------------------------------------- 625th-626th batches
def test_a_dash_credit_naming_the_platform_in_brackets():
    text = (f"{LONG}\n\nOne post, shared more than 200 times, read:\n\n"
            "Absolutely disgusted. That box has been there longer than most of us have been alive.\n\n"
            "— Jo Example (Exampleton Noticeboard, Facebook) 4 March 2025\n\nOthers questioned the figures.\n\n"
            "Fewer than five letters a day?? Of course it's quiet.\n\n"
            f"— Sam Example, Exampleton Community Noticeboard (Facebook), 18 March 2025\n\n{LONG}")
    roles = tag_roles_of(text)
    assert set(roles[2]) == set(roles[5]) == {POST} and roles[3] == roles[6] == [ATTRIBUTION]
    # a dash line in brackets that names no platform, under the writer's paragraph, stays a signature
    text = f"{LONG}\n\nWe will keep campaigning for the box.\n\n— Jo Example (Exampleton Parish Council)\n\n{LONG}"
    assert tag_roles_of(text)[2] != [ATTRIBUTION]


@pytest.mark.parametrize("line,furniture", [
    ("Call Gary on 07700 900382 — Mon to Sat", True),
    ("The Gazette View is the opinion of the Exampleton Gazette. Letters in response are welcome.", True),
    ("The view is the opinion of the people who live here.", False),
])
def test_furniture_lines_of_the_625th_to_626th_batches(line, furniture):
    assert boilerplate_line(line) is furniture


def test_leave_us_a_review_is_a_button():
    text = f"{LONG}\n\nLoad more reviews\n\nLeave us a review on Google\n\nWhy patients choose us\n\n{LONG}"
    assert tag_roles_of(text)[2] == [BOILERPLATE]


# ------------------------------------------------------------------------------- 627th-630th batches
@pytest.mark.parametrize("line,furniture", [
    ("First name*   Last name*   Email address*   Phone number   Preferred shop (please select)   "
     "Days available: Mon Tue Wed Thu Fri Sat Sun", True),
    ("Your name*   Phone*   Email*   Dog's name*   Breed*   Size: Small / Medium / Large / Giant   "
     "Service: Full Groom / Bath & Tidy / Puppy Introduction / Nail clip only   Preferred date   "
     "Anything we should know (health, behaviour, nerves)", True),
    ("I'm happy for Example Hospice to contact me about volunteering. We will never sell or swap your details. "
     "Read our privacy policy.", True),
    ("I am happy to say the shop has reopened.", False),
    ("See all 14 shops on the map", True),
    ("Read all reviews on Google   Write a review", True),
    ("This comment has been removed by a moderator.", True),
    ("The comment was removed from the report after a complaint by the club.", False),
    ("Signed ……………………………… (Chairman)      Date ………………", True),
    ("Published 14:35, 11 March 2025  |  Roads policing  |  Exampleton", True),
    ("Published 14:35, 11 March 2025 | Man arrested after crash", False),
    ("Example Orchestra is a registered charity in England and Wales, no. 1187342.", True),
    ("Enjoyed this report? Example Terrace is run by volunteers. Support us on Patreon from £2 a month.", True),
    ("Like this idea? The council wants you to support it at the meeting on Monday.", False),
    ("♡ Shortlist (0)   My account", True),
    ("Saved by the bell", False),
])
def test_furniture_lines_of_the_627th_to_630th_batches(line, furniture):
    assert boilerplate_line(line) is furniture


def test_a_listings_event_dates_and_venues_are_its_content():
    listing = ("Saturday 18 October 2025, 7.30pm\n\nAutumn Concert\n\nSt Example's Church, Market Square, Exampleton EX4 2LN\n\n"
               f"{LONG}\n\nSaturday 6 December 2025, 3pm\n\nFamily Christmas Concert\n\n"
               f"Example Village Hall, Church Lane, Exampleton EX9 7QT\n\n{LONG}")
    roles = tag_roles_of(f"Concerts\n\n{LONG}\n\n{listing}")
    assert BOILERPLATE not in roles[2] + roles[4] + roles[6] + roles[8]
    # one such line is the page's own timestamp
    roles = tag_roles_of(f"Storm closes pier\n\nSaturday 18 October 2025, 7.30pm\n\n{LONG}\n\n{LONG}")
    assert roles[1] == [BOILERPLATE]
    # two on the same day are a live page's times, not a listing
    roles = tag_roles_of(f"Storm closes pier\n\nSaturday 18 October 2025, 7.30pm\n\n{LONG}\n\n"
                         f"Saturday 18 October 2025, 9.30pm\n\n{LONG}")
    assert roles[1] == roles[3] == [BOILERPLATE]


def test_a_review_widgets_card_on_two_lines():
    text = (f"{LONG}\n\nWhat our customers say\n\n★★★★★ 4.8 average from 212 Google reviews\n\nRosie Example\n\n★★★★★ · a year ago\n\n"
            "Best crab sandwich on this stretch of coast and the staff couldn't be friendlier.\n\nDave E.\n\n★★★★☆ · 5 months ago\n\n"
            "Lovely coffee, though it gets very cramped at weekends. Worth it for the rarebit.\n\n"
            f"Read all reviews on Google   Write a review\n\n{LONG}")
    roles = tag_roles_of(text)
    assert roles[3] == roles[4] == roles[6] == roles[7] == [ATTRIBUTION]
    assert set(roles[5]) == set(roles[8]) == {POST}


def test_an_instagram_card_under_a_bare_account_word_with_its_counts_beside_the_button():
    text = (f"{LONG}\n\nexampleplayers\n\nOpening night DONE! What an audience, thank you Exampleton!! Three more chances to catch Daisy.\n\n"
            f"214 likes · View more on Instagram\n\n{LONG}")
    roles = tag_roles_of(text)
    assert roles[1] == [ATTRIBUTION] and set(roles[2]) == {POST}
    # without the card's button the bare word stays as it was
    assert tag_roles_of(text.replace("214 likes · View more on Instagram", "214 likes · 29 August"))[1] != [ATTRIBUTION]


def test_comments_under_a_count_heading_are_not_its_teasers():
    # (the "Most read" heading's reach would take the first comment for one of its teasers)
    text = (f"{LONG}\n\n{LONG}\n\nMost read\n\n1. Pier to reopen in spring\n\n2. Town reach play-off final\n\n"
            "3. Planning approved for 120 homes\n\n23 comments\n\nSort by: Newest | Oldest | Most liked\n\nPauline Example\n\n"
            "Spot on. I spent £60 parking while my husband was in hospital and that was with the weekly pass.\n\n"
            "Like · Reply · 14 · 2d\n\nTom Example\n\nSomeone has to pay for it. The Herald never tells us which.\n\n"
            "Like · Reply · 6 · 2d")
    roles = tag_roles_of(text)
    assert roles[3:6] == [[BOILERPLATE]] * 3
    assert roles[8] == roles[11] == [ATTRIBUTION] and set(roles[9]) == set(roles[12]) == {POST}


def test_a_starred_quotations_credit_under_it_without_a_dash():
    text = (f"{LONG}\n\nWhat our customers say\n\n★★★★★ “Best groomer we've found in the area, and we've tried a few. Worth every penny.”\n\n"
            f"Carl & Denise Example, Exampleton Green\n\nRead all 212 reviews on Google\n\n{LONG}")
    roles = tag_roles_of(text)
    assert set(roles[2]) == {POST} and roles[3] == [ATTRIBUTION]
    # under a quotation without stars, the name line is a signature as before
    assert tag_roles_of(text.replace("★★★★★ ", ""))[3] != [ATTRIBUTION]


# ------------------------------------------------------------------------------- 631st-634th batches
@pytest.mark.parametrize("line,furniture", [
    ("👍 Helpful (18)   Report", True),
    ("♡ Save   ⤴ Share   Print brochure", True),
    ("Tom   Report", False),
    ("Event details were correct at the time of publishing. Check organisers' social media pages before you travel, "
     "as events can be cancelled at short notice in bad weather.", True),
    ("Kerry @ Example Brewing says: 16 March 2025 at 9:15 am", True),
    ("In an emergency, or if a crime is in progress, always call 999.", True),
    ("In an emergency at the coast, call 999 and ask for the coastguard.", False),
    ("LIVE: Example Saints 12–10 Hollin Moor (58') | Coldwell 7–21 Stainby | Ashby 3–3 Kelby", True),
    ("FULL-TIME: Example Athletic 1-1 Calder Bridge", False),
    ("This calculator is for illustration only. Your home may be repossessed if you do not keep up repayments on your mortgage.", True),
    ("Mon Tue Wed Thu Fri Sat Sun", True),
    ("Key: ■ Booked  □ Provisional  ○ Available", True),
    ("Monday to Friday we open at nine", False),
])
def test_furniture_lines_of_the_631st_to_634th_batches(line, furniture):
    assert boilerplate_line(line) is furniture


def test_reviewer_cards_with_the_name_before_the_stars():
    text = (f"{LONG}\n\nWhat our customers say\n\nGoogle Reviews 4.8 ★★★★★ Based on 236 reviews\n\nPriya Example ★★★★★ 2 weeks ago\n\n"
            "Dropped my commuter in at 8am with a snapped gear cable and it was ready by lunchtime.\n\nLou E ★★★☆☆ 3 months ago\n\n"
            f"Good work on the wheels, but I waited nine days for a service in May.\n\nSee all reviews on Google\n\n{LONG}")
    roles = tag_roles_of(text)
    assert roles[3] == roles[5] == [ATTRIBUTION] and set(roles[4]) == set(roles[6]) == {POST}


def test_a_starred_guest_card_naming_a_pet_and_the_party():
    text = (f"{LONG}\n\nGuest reviews\n\n“Heaven for dog walkers”\n\n"
            "★★★★★ Gwen & Bryn (and Biscuit the spaniel) · Stayed June 2024 · Couple with dog\n\n"
            "Footpath straight from the top field up onto the fell, so no need to touch the car all week.\n\n"
            f"👍 Helpful (11)   Report\n\n{LONG}")
    roles = tag_roles_of(text)
    assert roles[3] == [ATTRIBUTION] and set(roles[2]) == set(roles[4]) == {POST} and roles[5] == [BOILERPLATE]


def test_an_instagram_card_with_its_place_and_a_dated_button_line():
    text = (f"{LONG}\n\nexampleoyster · Example Quay\n\nCrab tart is back on tonight and honestly it's better than ever. "
            f"Only 12 portions so don't hang about!\n\n412 likes · 28 September 2024 · View more on Instagram\n\n{LONG}")
    roles = tag_roles_of(text)
    assert roles[1] == [ATTRIBUTION] and set(roles[2]) == {POST}


# ------------------------------------------------------------------------------- 635th-638th batches
@pytest.mark.parametrize("line,furniture", [
    ("👍 Helpful 31   💬 9 replies", True),
    ("61 Likes  9 Reposts  Reply", True),
    ("Corrections and complaints: read our editorial complaints policy.", True),
    ("Continue to payment (£5)", True),
    ("I agree to the Society storing my details to manage the waiting list, as set out in the privacy notice. *", True),
    ("I agree to the plan because it saves money.", False),
    ("Example Allotment Society is a registered community benefit society, no. 30417R. Registered address: The Hut, "
     "Example Lane, Exampleton EX4 7TT.", True),
    ("Page 1 of 3", True),
    ("Page 3 of the report says the money ran out.", False),
    ("Full scorecard", True),
    ("Letters: write to letters@examplecourier.co.uk. Letters may be edited for length.", True),
    ("Letters: the council replies", False),
    ("Comments are subject to our community guidelines. Report a comment", True),
    ("Proudly supported by", True),
    ("Supported by the lottery, the club grew.", False),
])
def test_furniture_lines_of_the_635th_to_638th_batches(line, furniture):
    assert boilerplate_line(line) is furniture


def test_a_neighbourhood_apps_posts_each_closed_by_its_worded_counts():
    text = (f"{LONG}\n\nMany residents shared photographs on the neighbourhood app, where some of their posts are reproduced below.\n\n"
            "Gareth Example · Alder Meadows · 2 days ago\n\n6.40am and the water is over the kerb on Plover Way AGAIN. Absolute joke.\n\n"
            "👍 Helpful 48   💬 17 replies\n\nShona Example · Teal Close · 2 days ago\n\n"
            "Anyone else's drain cover lifted? Ours popped right up.\n\n👍 Helpful 31   💬 9 replies\n\n"
            f"The developer said in a statement that its engineers had inspected the drains.\n\n{LONG}")
    roles = tag_roles_of(text)
    assert roles[2] == roles[5] == [ATTRIBUTION] and set(roles[3]) == {POST} and set(roles[6]) == {POST}
    assert roles[4] == roles[7] == [BOILERPLATE] and set(roles[8]) == {PROSE}


def test_planning_portal_comments_under_their_headers():
    for header, second in (("Comment submitted 02 Mar 2025 | Stance: Object", "Comment submitted 05 Mar 2025 | Stance: Support"),
                           ("Objection | Example Road, Exampleton | Received 28 Feb 2025", "Support | Exampleton | Received 5 Mar 2025")):
        text = (f"{LONG}\n\nFrom the planning portal: a selection of comments\n\n{header}\n\n"
                "This is the wrong site. There is already gridlock at the mini roundabout.\n\n"
                f"{second}\n\nLong overdue. The town has been without fuel for three years.\n\n"
                f"Ward councillor Jo Example said she had asked for the application to go to committee.\n\n{LONG}")
        roles = tag_roles_of(text)
        assert roles[2] == roles[4] == [ATTRIBUTION] and set(roles[3]) == set(roles[5]) == {POST}
        assert set(roles[6]) == {PROSE}  # the writer resumes under the last comment


def test_an_instagram_embed_with_its_tagged_place_over_view_profile():
    text = (f"{LONG}\n\nResident Jo Example posted a photograph on Instagram of bottled water stacked across her kitchen.\n\n"
            "joexample\n\nExampleton, Example Valley\n\nView profile\n\nDay 3 of no water. We pay over £600 a year for this.\n\n"
            f"A post shared by Jo Example (@joexample)\n\n{LONG}")
    roles = tag_roles_of(text)
    assert roles[2] == roles[3] == [ATTRIBUTION] and set(roles[5]) == {POST}


def test_reviewer_cards_with_the_stars_between_dots():
    credits = (f"{LONG}\n\nWhat owners say\n\n★★★★★ 4.9 out of 5 from 126 reviews\n\n"
               "\"Second summer leaving Biscuit here and he comes home fat and happy.\"\n\nAnnette Example, Exampleton · ★★★★★ · August 2024\n\n"
               "\"Lovely staff, but the drop-off slots are tight if you work full time.\"\n\nGraham Example · ★★★★☆ · January 2025\n\n"
               f"Read all 126 reviews\n\n{LONG}")
    roles = tag_roles_of(credits)
    assert set(roles[3]) == set(roles[5]) == {POST} and roles[4] == roles[6] == [ATTRIBUTION]
    headers = (f"{LONG}\n\nGuest reviews\n\nJess, Sheffield · Stayed August 2024 · ★★★★★\n\n"
               "We came with two kids under six and it was the best weekend we've had all year.\n\n"
               "Dom, Newcastle upon Tyne · Stayed July 2024 · ★★☆☆☆\n\nSheep bleating right outside the tent at 5am.\n\n"
               f"Show all 126 reviews\n\n{LONG}")
    roles = tag_roles_of(headers)
    assert roles[2] == roles[4] == [ATTRIBUTION] and set(roles[3]) == set(roles[5]) == {POST}


# ------------------------------------------------------------------------------- 639th-642nd batches
@pytest.mark.parametrize("line,furniture", [
    ("Posted on 23 March 2024 by Tamsin @ Dog-Eared", True),
    ("Like Loading...", True),
    ("Theme: Quillfeather by Example Studio.", True),
    ("This site uses only essential cookies.   OK", True),
    ("This interview first appeared in the summer 2024 issue of Vale & Furrow magazine.", True),
    ("This story appeared in the local paper last week and caused a row.", False),
    ("Our junior sections are proudly sponsored by Example & Daughters Estate Agents.", True),
])
def test_furniture_lines_of_the_639th_to_642nd_batches(line, furniture):
    assert boilerplate_line(line) is furniture


def test_comments_with_the_date_beside_the_name_and_spaced_buttons():
    text = (f"{LONG}\n\n{LONG}\n\nSort by: Oldest   Newest   Recommendations\n\nTrainspotter_Example   8 Feb 2025 9:14\n\n"
            "The split-ticket point is spot on. I saved £40 last month by buying four tickets for one journey.\n\n"
            "Recommend 186   Report   Reply\n\nGeoffH_Example — 16 March, 9:02am\n\n"
            "Nobody forces anyone to live 300 miles from their parents. Railways cost money to run.\n\nReply · 12 likes")
    roles = tag_roles_of(text)
    assert set(roles[4]) == set(roles[7]) == {POST} and roles[5] == roles[8] == [BOILERPLATE]


def test_a_listing_under_its_heading_with_dotted_times():
    text = (f"{LONG}\n\nUpcoming Concerts\n\nSaturday 13 December 2025 · 7.00pm\n\nChristmas Concert with the Junior Choir\n\n"
            f"Capel Example, Heol y Felin, Exampleton\n\n{LONG}\n\nFriday 23 January 2026 · 7.30pm\n\nNew Year Gala Concert\n\n{LONG}")
    roles = tag_roles_of(text)
    assert roles[1] == [HEADLINE] and BOILERPLATE not in roles[2] + roles[3] + roles[4] + roles[6] + roles[7]
    # a lone one is still the page's own date
    assert tag_roles_of(f"Choir news\n\nSaturday 13 December 2025 · 7.00pm\n\n{LONG}")[1] == [BOILERPLATE]


def test_planning_portal_headers_in_capitals_with_numeric_dates():
    text = (f"{LONG}\n\nThree comments from the council's planning portal:\n\nOBJECTION | Marsh Lane, Exampleton | Received 02/03/2025\n\n"
            "The access track goes right past the primary school. Forty-tonne lorries are not safe there.\n\n"
            "SUPPORT | Fen Road, Exampleton | Received 09/03/2025\n\nWe need the energy and the farm needs the income.\n\n"
            f"The council is expected to decide the application in the summer.\n\n{LONG}")
    roles = tag_roles_of(text)
    assert roles[2] == roles[4] == [ATTRIBUTION] and set(roles[3]) == set(roles[5]) == {POST} and set(roles[6]) == {PROSE}


# ------------------------------------------------------------------------------- 643rd-646th batches
@pytest.mark.parametrize("line,furniture", [
    ("Story continues below", True),
    ("Commenting is now closed on this article", True),
    ("sallyexample replying to MarshFieldDad", True),
    ("Our sponsors", True),
    ("Our sponsors helped us build the pavilion.", False),
    ("Read previous reports: 2022–23 · 2021–22 · 2020–21", True),
    ("Read previous reports: they show the decline.", False),
    ("Images from the rescue are available from our media library. Media enquiries: 01632 960000.", True),
    ("Request a free quote", True),
    ("Fill in the form below and I will get back to you within two working days.", True),
])
def test_furniture_lines_of_the_643rd_to_646th_batches(line, furniture):
    assert boilerplate_line(line) is furniture


def test_guest_cards_without_stars_and_the_reviews_starred_titles():
    # the title over the card, an owner's reply under a label
    text = (f"{LONG}\n\nWhat our guests say\n\n★★★★★ \"Worth every penny\"\n\n"
            "Rachel & Imran, Leeds · Stayed in The Beck Room, September 2024\n\n"
            "We've stayed in a lot of B&Bs around the Dales and this is easily the best.\n\nResponse from Maggie (owner):\n\n"
            "Thank you both, it was a joy to have you.\n\n★★★★☆ \"Lovely stay, but mind your head\"\n\n"
            "Graham E., Newcastle upon Tyne · Stayed in The Hayloft, July 2024\n\n"
            f"Beautiful room with great views. I hit my head on the beam twice.\n\nRead all 212 reviews\n\n{LONG}")
    roles = tag_roles_of(text)
    assert roles[3] == roles[8] == [ATTRIBUTION]
    assert all(set(roles[i]) == {POST} for i in (2, 4, 6, 7, 9))
    # the title under the card
    text = (f"{LONG}\n\nGuest reviews\n\nHannah E. · Stayed August 2024 · Family with young children\n\n★★★★★ A proper escape\n\n"
            "We came for three nights and wished we'd booked a week.\n\nHelpful (14)   Report\n\n"
            "Mark E. · Stayed June 2024 · Couple\n\n★★★☆☆ Lovely spot, shame about the showers\n\n"
            f"The setting is stunning, but only one shower was working.\n\nHelpful (6)   Report\n\n{LONG}")
    roles = tag_roles_of(text)
    assert roles[2] == roles[6] == [ATTRIBUTION] and all(set(roles[i]) == {POST} for i in (3, 4, 7, 8))


def test_an_owners_reply_from_a_resident_is_not_a_reply_label():
    line = "Reply from the developer received this morning. Pasting it in full:"
    text = f"{LONG}\n\n{line}\n\n\"We apologise for the inconvenience caused to residents.\"\n\n{LONG}"
    assert tag_roles_of(text)[1] != [ATTRIBUTION]


# ------------------------------------------------------------------------------- 647th-648th batches
@pytest.mark.parametrize("line,furniture", [
    ("Sleeps 2 · 21 m² · King bed · Sea view", False),            # a listing's own specification
    ("Ground floor · King-size bed · Walk-in shower · Sleeps 2", False),
    ("Example Cottage, Example Bay · Sleeps 2 · From £560 per week", True),   # a similar listing's teaser
    ("Views expressed in letters are not necessarily those of the Gazette.", True),
    ("Views expressed in the survey were mixed.", False),
    ("Please keep comments civil. Comments on court reports are pre-moderated and may take a while to appear.", True),
    ("Comments appear after moderation. Please keep it civil.", True),
    ("Your name   Your email   Sign me up", True),
])
def test_furniture_lines_of_the_647th_to_648th_batches(line, furniture):
    assert boilerplate_line(line) is furniture


# ------------------------------------------------------------------------------- 649th-650th batches
@pytest.mark.parametrize("line,furniture", [
    ("About the reviewer: Jo Example has written about music in Exampleshire for 20 years.", True),
    ("One response to \"Example Village Choir: Carols by Candlelight\"", True),
    ("One response to the plan was anger.", False),
    ("2d   Like   Reply   41", True),
    ("Book this package", True),
    ("Book this room for your stay in May.", False),
])
def test_furniture_lines_of_the_649th_to_650th_batches(line, furniture):
    assert boilerplate_line(line) is furniture


def test_comments_with_spaced_controls_that_open_with_the_age():
    text = (f"{LONG}\n\nParents in the Example Facebook group shared their experiences.\n\nPriya Example\n\n"
            "Same at Pelsby Cross. I've had to tell my manager I can't start before ten.\n\n2d   Like   Reply   41\n\n"
            f"Carl Example\n\nNo bus again this morning.\n\n1d   Like   Reply   9\n\n{LONG}")
    roles = tag_roles_of(text)
    assert roles[2] == roles[5] == [ATTRIBUTION] and set(roles[3]) == set(roles[6]) == {POST}
    assert roles[4] == roles[7] == [BOILERPLATE]


def test_a_reviews_stars_alone_over_a_quoted_review():
    text = (f"{LONG}\n\nWhat our customers say\n\n★★★★★ 4.9 average from 212 Google reviews\n\n★★★★★\n\n"
            "“Example has cleaned for us every Thursday for three years and the house has never looked better.”\n\n"
            "— Helen E., Exampleton\n\n★★★★☆   3 weeks ago\n\n“Good clean overall, though they missed the skirting boards.”\n\n"
            f"— Anwen E., Little Example\n\nRead all 212 reviews on Google →\n\n{LONG}")
    roles = tag_roles_of(text)
    assert roles[3] == roles[6] == [POST] and set(roles[4]) == set(roles[7]) == {POST}


# ------------------------------------------------------------------------------- 651st-654th batches
@pytest.mark.parametrize("line,furniture", [
    ("Child's name*   Date of birth*   Parent's name*   Email*   Any allergies we should know about?", True),
    ("Is your child ready?   Do they like running?", False),     # questions without required fields
    ("Our junior section is proudly supported by: Example Motors · The Plough Inn, Exampleton", True),
    ("☎ 01632 960 418   |   24hr emergencies: 07700 900 273", True),
    ("Call Tom on 07700 900318 or text any time", True),
    ("Call Tom on 07700 900318 if the gate is locked.", False),
    ("Reserve", True),
    ("You won't be charged yet", True),
    ("Exact location provided after booking", True),
    ("Follow", True),
    ("Follow the river path for two miles.", False),
    ("NOTIFY ME WHEN TICKETS GO ON SALE", True),
    ("Show 4 more entries | Sign the book of condolence", True),
    ("Show 4 more entries were made by the judges.", False),
    ("Website kindly maintained by a plot holder · Privacy · Last updated 24 January 2025", True),
    ("Find us on Facebook", True),
    ("Find us on the village green every Saturday.", False),
    ("Download this programme as a printable PDF (214 KB)", True),
    ("Show all 19 amenities", True),
    ("We'll never show your email address. Fields marked * must be filled in.", True),
    ("Published: 11 March 2025, 16:40 | Media and communications team", True),
    ("👍 43   💬 7   Shares 2", True),
    ("Reply · 18 ↑", True),
    ("Words: Jo Example | Sunday 13 April 2025, 6.45pm", True),
    ("Example Singers is a registered charity in England and Wales. Correspondence: c/o Chapel Hall, Exampleton.", True),
    ("Example Singers is a registered charity in England and Wales that has sung for 40 years.", False),
    ("Stay in tune! Join our mailing list for concert news (about four emails a year, never any spam).", True),
])
def test_furniture_lines_of_the_651st_to_654th_batches(line, furniture):
    assert boilerplate_line(line) is furniture


def test_a_teams_line_up_is_data():
    text = (f"{LONG}\n\nRAIDERS: Example; Mottram, Ibbot, Varley, Quin; Sutton, Crabb; Green, Marsh (c), Oye, Akin, "
            "Hall, Dunn. Interchanges: Threl, Duck, Ash, Nutt.\n\nExampleton: Pryce; Hollins, Brack, Oduya, "
            f"Adeyemi-Rowe; Fenwick, Sillitoe (c), Marr; Quaye (Dunn 66), Dunleavy, Okafor\n\n{LONG}")
    roles = tag_roles_of(text)
    assert set(roles[1]) == set(roles[2]) == {DATA}
    # A sentence naming a few people is prose.
    prose = f"{LONG}\n\nStars: Example, Mottram and Ibbot all scored in the first half.\n\n{LONG}"
    assert tag_roles_of(prose)[1] == [PROSE]


def test_a_price_lists_item_is_data():
    text = (f"{LONG}\n\nFix a dripping tap (new washer or cartridge) ........ from £55\n\n"
            f"Handrails, per metre ........ from £38\n\nThe price of a tap is going up... again. £55 is too much.\n\n{LONG}")
    roles = tag_roles_of(text)
    assert roles[1] == roles[2] == [DATA] and DATA not in roles[3]


def test_portal_comments_under_a_comment_from_label():
    text = (f"{LONG}\n\nBelow is a selection of comments as they appear on the portal.\n\n"
            "Comment from: Objector, Example Lane | Received: 03/03/2025\n\n"
            "The delivery yard will be right up against the allotment fence. Nobody sensible would put it there.\n\n"
            "Comment from: Supporter, Orchard Rise | Received: 05/03/2025\n\n"
            f"About time the town had a bigger shop.\n\n{LONG}")
    roles = tag_roles_of(text)
    assert roles[2] == roles[4] == [ATTRIBUTION] and set(roles[3]) == set(roles[5]) == {POST}


def test_an_x_card_with_its_follow_button():
    text = (f"{LONG}\n\nFans were quick to react online.\n\nKelly Example\n\n@kexample_RR\n\nFollow\n\n"
            "Best first half I've seen from this side in years.\n\n5:47 PM · Apr 13, 2025\n\n"
            f"{LONG}")
    roles = tag_roles_of(text)
    assert roles[4] == [BOILERPLATE] and set(roles[5]) == {POST} and roles[3] == [ATTRIBUTION]


def test_a_facebook_post_under_the_pages_follow_link():
    text = (f"{LONG}\n\nFind us on Facebook\n\nExample Walking Group · 31 March at 18:22\n\n"
            "What a turnout for the Sunday stroll! 26 walkers and not a drop of rain.\n\n👍 43   💬 7   Shares 2\n\n"
            f"{LONG}")
    roles = tag_roles_of(text)
    assert roles[1] == roles[4] == [BOILERPLATE] and roles[2] == [ATTRIBUTION] and set(roles[3]) == {POST}


def test_a_reply_header_that_names_whom_it_answers():
    text = (f"{LONG}\n\nComments (3)\n\nMark T · 12 December 2024 at 9:14 pm\n\n"
            "Far too loud for my six-year-old.\n\nReply · Like (6)\n\n"
            "Example Playhouse ✔ replied to Mark T · 13 December 2024 at 2:05 pm\n\n"
            f"Hi Mark, so sorry to hear that. Our relaxed performance has softer sound.\n\n{LONG}")
    roles = tag_roles_of(text)
    assert roles[5] == roles[2] and set(roles[6]) == set(roles[3]) == {POST}


def test_a_roasts_marks_between_dots_are_the_critics_rating():
    text = f"{LONG}\n\nMeat 9 · Potatoes 7 · Yorkshire 10 · Gravy 9 · Veg 6 · Value 8\n\n{LONG}"
    assert tag_roles_of(text)[1] == [RATING]


# ------------------------------------------------------------------------------- 655th-658th batches
@pytest.mark.parametrize("line,furniture", [
    ("Download this calendar (PDF)   Add to Google Calendar", True),
    ("Download the full report (PDF, 2.1 MB)   Previous reports: 2023–24 · 2022–23 · 2021–22", True),
    ("Download the app before you travel, the council said.", False),
    ("Share ⤴   Comments 🗨 23", True),
    ("Who was your player of the match? Vote now", True),
    ("Who was the player of the match? Example, by a mile.", False),
    ("Place a family notice: announce a birth, marriage or death in the Gazette from £24.99.", True),
    ("Place a bet on the result, the bookmaker urged.", False),
    ("Privacy · Accessibility · Website built and looked after by volunteers · Page last updated 12 May 2025", True),
    ("Area: Example District   Crime type: Vehicle crime", True),
    ("Area: the whole of the old mill site, about four acres.", False),
])
def test_furniture_lines_of_the_655th_to_658th_batches(line, furniture):
    assert boilerplate_line(line) is furniture


def test_a_calendars_rides_and_a_bands_concerts_are_its_listing():
    rides = (f"Rides calendar\n\n{LONG}\n\nSat 5 April · 08:30 · A ride · 95 km · 1,350 m climbing · Leader: Jo Example\n\n"
             f"{LONG}\n\nSun 6 April · 09:00 · C ride (social) · 45 km · Leader: Sam Example\n\n{LONG}")
    roles = tag_roles_of(rides)
    assert roles[2] == roles[4] == [PROSE]
    concerts = (f"Concerts\n\n{LONG}\n\nUpcoming concerts\n\nSat 17 May 2025, 7.30pm · Spring Spectacular\n\n"
                "With guest cornet soloist Jo Example. Tickets £12.\n\nSun 8 June 2025, 2pm–4pm · Bandstand Sundays\n\n"
                f"Free open-air concert in the gardens.\n\n{LONG}")
    roles = tag_roles_of(concerts)
    assert roles[2] == [HEADLINE] and BOILERPLATE not in roles[3] + roles[4] + roles[5] + roles[6]
    # a status page's update times, alone on their lines, and a booking widget's slots stay furniture
    updates = (f"Outage at Example exchange\n\nTuesday 14 November, 18:25\n\n{LONG}\n\n"
               f"Tuesday 14 November, 06:52\n\n{LONG}\n\nWednesday 15 November, 09:15\n\n{LONG}")
    roles = tag_roles_of(updates)
    assert roles[1] == roles[3] == roles[5] == [BOILERPLATE]
    slots = (f"{LONG}\n\nThu 14 Nov · 6.30pm · 3 spaces left · Book\n\nSat 16 Nov · 10.00am · Fully booked · Join waiting list\n\n{LONG}")
    roles = tag_roles_of(slots)
    assert roles[1] == roles[2] == [BOILERPLATE]


def test_portal_comments_between_dashes():
    text = (f"{LONG}\n\nComments on the council's planning portal include:\n\nObjection – Example Lane – 9 April 2025\n\n"
            "A mast this close to the school gates is the wrong place, full stop.\n\nSupport – Hatchet Green – received 14 Apr 2025\n\n"
            f"The signal here is hopeless and this would fix it.\n\n{LONG}")
    roles = tag_roles_of(text)
    assert roles[2] == roles[4] == [ATTRIBUTION] and set(roles[3]) == set(roles[5]) == {POST}


def test_an_x_card_whose_counts_are_spaced_apart():
    text = (f"{LONG}\n\nExample Police @ExamplePolice\n\nVan stopped on the A614 overnight, nine converters recovered.\n\n"
            f"1:52 AM · 11 Mar 2025 · 4,812 Views   38 Reposts   211 Likes\n\n{LONG}")
    roles = tag_roles_of(text)
    assert roles[1] == roles[3] == [ATTRIBUTION] and set(roles[2]) == {POST}


def test_marks_that_close_on_the_overall_score_are_the_critics_rating():
    text = f"{LONG}\n\nFish 9 · Chips 7 · Batter 9 · Extras 7 · Value 8 · Overall 8.5/10\n\n{LONG}"
    assert tag_roles_of(text)[1] == [RATING]
    assert tag_roles_of(f"{LONG}\n\nStage 1 · Stage 2 · Stage 3 · Total 3/10\n\n{LONG}")[1] != [RATING]


def test_a_commenters_header_with_a_note_in_brackets():
    text = (f"{LONG}\n\n2 thoughts on “Example Quartet at the village hall”\n\n"
            "Jo Example (Saltby Jazz Club) says: 18 November 2024 at 2:03 pm\n\n"
            f"Thanks for coming, and for the kind words about the sound.\n\nReply\n\n{LONG}")
    roles = tag_roles_of(text)
    assert roles[2] == [BOILERPLATE] and set(roles[3]) == {POST}


def test_a_reviewers_name_and_town_before_the_stars_heads_the_review():
    text = (f"{LONG}\n\nWhat our customers say\n\nSue E., Hollins Cross ★★★★★\n\n"
            "Lisa did our lounge and stairs after the dog had been poorly on them. You can't tell now.\n\n"
            f"Pete Example, Bramlow ★★★★☆\n\nGood job on the sofa, but they were an hour late.\n\nRead all reviews on Google\n\n{LONG}")
    roles = tag_roles_of(text)
    assert roles[2] == roles[4] == [ATTRIBUTION] and set(roles[3]) == set(roles[5]) == {POST}


def test_a_holiday_lets_specification_after_its_reference_is_content():
    assert boilerplate_line("Ref. HH2217 · Sleeps 4 · 2 bedrooms · 1 bathroom · Dogs welcome (max 2)") is False


# ------------------------------------------------------------------------------- 659th-662nd batches
@pytest.mark.parametrize("line,furniture", [
    ("Follow the Otters: Facebook   Instagram", True),
    ("Follow the river: the path runs for two miles.", False),
    ("Our Learn to Swim programme is kindly sponsored by Example Opticians, Exampleton", True),
    ("Last updated 3 January 2025 by Jo Example, Fixtures Secretary", True),
    ("Last updated in 2019, the plan is now out of date, campaigners say.", False),
    ("👍 86   💬 23 comments   ↪ Share", True),
    ("Get planning applications in your area every Friday with our free Planning Watch newsletter.", True),
    ("Get a flu jab every autumn, the GP advised.", False),
    ("We aim to reply within one working day. By sending this form you agree to our privacy policy.", True),
    ("We aim to reply within three working days. Please do not send any payment yet.", False),
    ("Privacy policy | Terms & conditions | Cookies | Website by Example Web Design", True),
    ("Match report by Jo Example", True),
    ("In a life-threatening emergency always dial 999. For urgent needs, call 111.", True),
    ("1 / 24", True),
    ("8/10", False),
])
def test_furniture_lines_of_the_659th_to_662nd_batches(line, furniture):
    assert boilerplate_line(line) is furniture


def test_a_gallery_counter_is_no_rating():
    assert tag_roles_of(f"{LONG}\n\n1 / 24\n\n{LONG}")[1] == [BOILERPLATE]
    assert tag_roles_of(f"{LONG}\n\n8/10\n\n{LONG}")[1] == [RATING]


def test_a_profile_titled_with_the_interviewees_words_is_an_interview():
    text = ("INTERVIEWS\n\n“Iron tells you when it's ready”: a morning at Example Forge\n\n"
            f"{LONG}\n\n{LONG}\n\nHow does somebody go from an insurance office to this?\n\n"
            "Honestly, by accident. My sister bought me a taster course and I was hooked by lunchtime.\n\n"
            "What state was the forge in when you found it?\n\n"
            "There was a sycamore growing through the roof. The anvil was still here, thankfully.\n\n"
            "What would you tell someone thinking of trying it?\n\nDo a taster day before you buy an anvil.\n\n"
            "If this is what the future of country crafts looks like, it is in wonderful hands.\n")
    roles = tag_roles_of(text)
    assert all(roles[q] in ([QUESTION], [HEADLINE]) for q in (4, 6, 8))  # a short one reads as a heading
    assert set(roles[5]) == set(roles[7]) == set(roles[9]) == {ANSWER}
    assert ANSWER not in roles[10]  # the writer's closing line under the last answer
    # without the quoted title, a column's questions are the writer's own
    column = text.replace("“Iron tells you when it's ready”: a morning at Example Forge", "A morning at Example Forge")
    assert ANSWER not in sum(tag_roles_of(column), [])


def test_a_listings_labelled_details_are_data():
    text = (f"{LONG}\n\nWhen: Easter Sunday, April 20, 11.30am–1pm\n\nPrice: Free (donations to the roof fund welcome)\n\n"
            f"Time: about 45 minutes without stopping; allow two hours if you want to watch the boats.\n\n{LONG}")
    roles = tag_roles_of(text)
    assert set(roles[1]) == set(roles[2]) == set(roles[3]) == {DATA}
    assert DATA not in sum(tag_roles_of(f"{LONG}\n\nWhen the storm hit, the pier gave way.\n\n{LONG}"), [])


# ------------------------------------------------------------------------------- 663rd-666th batches
@pytest.mark.parametrize("line,furniture", [
    ("☰ Menu   🔍 Search   Subscribe from £1 a week", True),
    ("🔖 Save   ↗ Share   💬 48", True),
    ("About this hut", True),
    ("What this place offers", True),
    ("Where you'll be", True),
    ("Things to know", True),
    ("Where you live matters more than ever.", False),
    ("Blog at WordPress.com.", True),
    ("Name* Phone* Postcode How can we help?", True),
    ("📞 01632 960418   |   Unit 3, Example Farm Barns, Exampleton", True),
    ("Helpful? 👍 12", True),
    ("Check-in 3 Nov 2024   Check-out 5 Nov 2024   Guests 2 adults", True),
    ("Example Cross, North Devon · Sleeps 2 · 1 double bed · Dog-friendly", False),   # the let's own specification
    ("Example Cottage, Example Bay · Sleeps 2 · From £560 per week", True),           # a similar let's teaser
])
def test_furniture_lines_of_the_663rd_to_666th_batches(line, furniture):
    assert boilerplate_line(line) is furniture


def test_a_group_posts_header_with_the_groups_place_in_brackets():
    text = (f"{LONG}\n\nOne member wrote in the residents' group:\n\nJo Example ▸ Example Vale Residents (Exampleton)\n\n"
            "13 March at 18:47 · Public\n\nSo they've known about this for YEARS and they wait till it's rusting through?\n\n"
            f"👍😡 96 · 41 comments · 12 shares\n\n{LONG}")
    roles = tag_roles_of(text)
    assert roles[2] == [ATTRIBUTION] and set(roles[4]) == {POST}


# ------------------------------------------------------------------------------- 667th-670th batches
@pytest.mark.parametrize("line,furniture", [
    ("Registered Community Amateur Sports Club no. 40218  ·  Privacy policy  ·  Website by Example Digital", True),
    ("To protect your payment, never transfer money or communicate outside the example website or app.", True),
    ("To protect the school, the council closed the road.", False),
    ("Message host", True),
    ("Exact location provided after booking.", True),
    ("Got a result or a report from your club? Send it to us using the form on our Contact page.", True),
    ("Got a minute? The council wants to hear from you.", False),
    ("Back to top ↑", True),
    ("Example Village Hall is a registered charity run entirely by volunteers.", True),
    ("Our recommendations are made independently by our journalists. When you book through some links on this page "
     "we may earn a commission.", True),
    ("Don’t miss out: get the best places to eat and drink in the valley straight to your inbox.", True),
    ("Don't miss out on the fete this Saturday, organisers said.", False),
    ("Pin it    Share on Facebook    Email this post", True),
    ("Find us on Facebook: Example Village Hall", True),
    ("Bookings: Jo Example, 01632 960775, bookings@examplehall.org.uk", True),
    ("Bookings rose by a third, the hall's treasurer said.", False),
    ("New learners wanted for St Mary’s band – 12 September 2024 – In “St Mary’s Church”", True),
])
def test_furniture_lines_of_the_667th_to_670th_batches(line, furniture):
    assert boilerplate_line(line) is furniture


# ------------------------------------------------------------------------------- 671st-674th batches
@pytest.mark.parametrize("line,furniture", [
    ("Posted on June 23, 2025 by Jo Example — 7 Comments", True),
    ("We usually reply within one working day. Your details are only used to respond to you.", True),
    ("We usually reply to letters within a week, the editor said.", False),
    ("Caring for Example Wood since 2013 · Registered charity 1187364", True),
    ("Wedding date*", True),
    ("Your names*", True),
])
def test_furniture_lines_of_the_671st_to_674th_batches(line, furniture):
    assert boilerplate_line(line) is furniture


def test_a_posts_body_stops_at_a_listings_labelled_detail():
    text = (f"{LONG}\n\n3. St Example's Church, Little Example\n\nThe parish church's free trail has become an institution.\n\n"
            "When: Easter Sunday, April 20, 11.30am–1pm\n\nPrice: Free (donations to the church roof fund welcome)\n\n"
            "Easter trail letters are laminated and Revd Pam has bought 400 eggs 🐣 Best morning of the year!\n\n"
            f"— St Example's Church (@StExampleCh) April 1, 2025\n\n{LONG}")
    roles = tag_roles_of(text)
    assert roles[3] == roles[4] == [DATA] and set(roles[5]) == {POST} and roles[6] == [ATTRIBUTION]


# ------------------------------------------------------------------------------- 675th-678th batches
@pytest.mark.parametrize("line,furniture", [
    ("Tuesday 11 March 2025, 4:47pm (updated 6:12pm)", True),
    ("Published 3 May 2024, 10:00 (updated 4 May 2024)", True),
    ("Tuesday 11 March 2025, 4:47pm (the meeting ran late)", False),
    ("Accept all", True),
    ("Accept all the help you are offered, the nurse said.", False),
    ("You have 2 free articles remaining this month. Subscribe from £1 a week", True),
    ("You have two weeks left to comment on the plans.", False),
    ("Check availability & book", True),
    ("Wednesday, 12 March 2025 · Serving Example and the Example Valley since 1891", True),
    ("Annual report | Posted 22 January 2025 by the Example team", True),
    ("Annual report | The trust spent £2m on repairs", False),
    ("Name   Email (will not be published)   Comment   Post comment", True),
    ("Give once   Give monthly", True),
    ("Other amount: £", True),
    ("Tickets cost £", False),
    ("Collection or delivery date   dd/mm/yyyy", True),
    ("4. About Example University: Example University is a research university with 24,000 students.", True),
    ("4. About the survey: volunteers counted hedgehogs in 300 gardens.", False),
])
def test_furniture_lines_of_the_675th_to_678th_batches(line, furniture):
    assert boilerplate_line(line) is furniture


def test_a_pitch_right_over_a_sign_up_forms_email_field_is_the_boxs():
    text = (f"{LONG}\n\nJoin the Example Club for a first look at seasonal bakes and 10% off your first order.\n\n"
            f"Your email   Subscribe\n\n{LONG}")
    assert tag_roles_of(text)[1] == [BOILERPLATE]
    # over a subscription button without an e-mail field, or not a sentence, it may be content
    text = (f"{LONG}\n\nThe club meets on Tuesdays and new members are welcome.\n\nSubscribe from £1 a week\n\n{LONG}")
    assert tag_roles_of(text)[1] == [PROSE]


# ------------------------------------------------------------------------------- 679th-682nd batches
@pytest.mark.parametrize("line,furniture", [
    ("45 minutes · Ages 2–4 · Up to 15 children", False),                          # a package's specification
    ("5 min read · Share · Save for later", True),
    ("Download image (JPG, 2.4MB)", True),
    ("£5 a month   £10 a month   £25 a month   Other amount", True),
    ("Time slot *   Select a time", True),
])
def test_furniture_lines_of_the_679th_to_682nd_batches(line, furniture):
    assert boilerplate_line(line) is furniture


def test_a_planning_portal_header_with_the_weekday_credits_the_comment_under_it():
    text = (f"{LONG}\n\nBelow is a selection of comments from the planning portal, as submitted:\n\n"
            "Objection | Example Close | Received Fri 21 Feb 2025\n\n"
            "I object in the strongest possible terms. There are open fields behind the depot.\n\n"
            f"{LONG}")
    roles = tag_roles_of(text)
    assert roles[2] != [PROSE] and set(roles[3]) == {POST}


def test_a_timetables_rows_open_with_their_day_and_time():
    rows = ["Monday | 17:30–18:15 | Learn to Swim Stages 1–3 | Learner pool",
            "Tuesday | 06:00–07:15 | Competitive squad | Main pool",
            "Friday | 17:45–18:45 | Dolphins | Main pool, lanes 4–6"]
    text = f"{LONG}\n\nWeekly timetable\n\n" + "\n\n".join(rows) + f"\n\n{LONG}"
    roles = tag_roles_of(text)
    assert all(BOILERPLATE not in roles[k] for k in (2, 3, 4))
    # a menu that names a day among its sections is still a menu
    assert tag_roles_of(f"News | Sport | Monday | Opinion\n\n{LONG}")[0] == [BOILERPLATE]


# ------------------------------------------------------------------------------- 683rd-686th batches
@pytest.mark.parametrize("line,furniture", [
    ("Comment* | Name* | Email* | ☐ Save my name and email in this browser for the next time I comment.", True),
    ("Check your date", True),
    ("2. For media enquiries, contact the press office on 01632 960418 or email press@example.gov.uk.", True),
    ("For media enquiries the council said it had no comment and would review the plan.", False),
    ("12A · 112 mins · Dir. Jo Example · France/Belgium 2024 · French with English subtitles", False),  # a film's
    ("Relaxed screening · Dir. Jo Example · UK 1958 · 96 mins · New 4K restoration", False),
    ("Published 14 March 2025 · 47 min · Season 6, Episode 14", True),                               # an episode's
])
def test_furniture_lines_of_the_683rd_to_686th_batches(line, furniture):
    assert boilerplate_line(line) is furniture


def test_a_listings_dates_may_give_the_venues_address_or_the_days_it_runs():
    lines = ["Saturday 31 May · Example Showground, Long Lane, Exampleton EX7 4QT · Gates 8am to 6pm",
             "Saturday 5 July · Example Meadows, Example Wick EX3 8LS",
             "Wednesday 23 to Friday 25 July · County Showground, Exampleford EX6 0RW · 8am to 7pm daily"]
    assert listing_dates(lines) == {0, 1, 2}
    # a page's own date, beside its town, is not an event's
    assert listing_dates(["Friday 7 March 2025 · Exampleton", "Thursday 6 March 2025 · Exampleton"]) == set()


def test_a_comments_buttons_with_its_likes_do_not_credit_a_post():
    text = (f"{LONG}\n\nComments (3) | Sort by: Newest\n\nexamplefan · 2 days ago\n\n"
            "Played against him in the 80s. He'd always tip the visiting keeper the wink. Proper gentleman.\n\n"
            f"Report · Reply · 12 likes\n\n{LONG}")
    assert tag_roles_of(text)[4] == [BOILERPLATE]


# ------------------------------------------------------------------------------- 687th-690th batches
@pytest.mark.parametrize("line,furniture", [
    ("We reply within one working day. Your details are only used to arrange your sweep.", True),
    ("We reply within one working day, the council said.", False),
    ("Posted in Reviews, Theatre · Tagged Hedda Gabler, Ibsen, Example Playhouse", True),
    ("♥ 86 ↻ 41", True),
    ("Media enquiries: Corporate Communications, 01632 960 733 (Monday to Friday, 8.30am to 5pm). "
     "Out of hours, ask Fire Control for the duty press officer.", True),
    ("Share | ♡ Add to shortlist", True),
    ("🔗 Share   ✉ Email   🖨 Print   💬 41 comments", True),
    ("🔖 Save   ↗ Share   💬 48", True),
    ("About our editorials: Our View sets out the position of the Example Post as agreed by its editorial board.", True),
    ("★ 4.8 (37 reviews) · Sleeps 4 · 2 bedrooms · 1 bathroom · 2 dogs welcome", False),   # the let's own
])
def test_furniture_lines_of_the_687th_to_690th_batches(line, furniture):
    assert boilerplate_line(line) is furniture


# ------------------------------------------------------------------------------- 691st-694th batches
@pytest.mark.parametrize("line,furniture", [
    ("Privacy policy | Accessibility | Site by Example Web Design", True),
    ("Reply   ▲ 41   ▼ 3", True),
    ("Get the Courier from £4.99 a month. Cancel any time.", True),
    ("Get the bus from the station, a mile away.", False),
    ("RYA Seamanship Skills | 2 days | 21–22 June, 6–7 September | £210 / £260", False),   # a course table's row
    ("Super king or twin · Sea view · Walk-in shower · Sleeps 2", False),                  # a room's specification
    ("Double · Ground floor · Level-access shower · Dog-friendly", False),
])
def test_furniture_lines_of_the_691st_to_694th_batches(line, furniture):
    assert boilerplate_line(line) is furniture


# ------------------------------------------------------------------------------- 695th-698th batches
@pytest.mark.parametrize("line,furniture", [
    ("Comments are not open on court reports for legal reasons.", True),
    ("🔊 Listen to this article", True),
    ("The Example Mercury follows the Editors' Code of Practice. To make a complaint, email complaints@example.co.uk.", True),
    ("The council follows the national code on road repairs, a spokesman said.", False),
    ("Carers' helpline 01632 960 418 · Mon–Fri 9am–5pm", True),
])
def test_furniture_lines_of_the_695th_to_698th_batches(line, furniture):
    assert boilerplate_line(line) is furniture


# ------------------------------------------------------------------------------- 699th-700th batches
@pytest.mark.parametrize("line,furniture", [
    ("I aim to reply within one working day. Your details are only used to arrange a visit.", True),
    ("I aim to reply to every letter, the editor said.", False),
    ("Running time: 2 hours, 6 minutes.", False),   # a show's detail: fact on the example pages
])
def test_furniture_lines_of_the_699th_to_700th_batches(line, furniture):
    assert boilerplate_line(line) is furniture


def test_a_shows_running_time_is_its_listed_data():
    text = f"{LONG}\n\nRunning time: approximately 2 hours 40 minutes, including one interval.\n\n{LONG}"
    assert tag_roles_of(text)[1] == [DATA]


# ------------------------------------------------------------------------------- 701st-704th batches
@pytest.mark.parametrize("line,furniture", [
    ("Book now – £7.50", True), ("Book now – £4 children / £6 adults", True),
    ("We follow the Editors' Code of Practice. If you have a complaint, please contact our readers' editor.", True),
    ("We follow the river path to the weir, the guide said.", False),
    ("💬 58 comments", True),
    ("Jo Example visited unannounced and paid for her meals. Example Eats reviews are never sponsored.", True),
    ("She paid for her meals with a stolen card, the court heard.", False),
    ("Example Echo, 14 Market Row, Exampleton. Part of Example Newspapers Ltd. Regulated by IPSO.", True),
    ("Read all 186 reviews on ExampleFinder  ★ 4.9", True),
    ("★ Letter of the week", True),
    ("Get workshop tips and the odd discount. Your email address   SUBSCRIBE   No spam, unsubscribe any time.", True),
    ("Choose your distance *   ○ 5K – £18   ○ 10K – £22   ○ Family 5K – £45", True),
    ("Which open day will you come to?  ○ Saturday 26 April  ○ Sunday 11 May  ○ Not sure yet", True),
    ("The Salt Orchard (12A) · 2024 · 1h 48m · Dir. Jo Example", False),   # a film's listing
])
def test_furniture_lines_of_the_701st_to_704th_batches(line, furniture):
    assert boilerplate_line(line) is furniture


def test_a_films_listing_a_priced_table_row_and_a_captioned_photo_are_data():
    text = (f"{LONG}\n\nThe Salt Orchard (12A) · 2024 · 1h 48m · Dir. Jo Example\n\n"
            f"Les Heures Claires (PG) · 1h 39m · Drama · French with English subtitles\n\n"
            f"Safety Check\t£25\tBrakes, gears, tyres and headset checked and adjusted\n\n{LONG}")
    roles = tag_roles_of(text)
    assert set(roles[1]) == set(roles[2]) == set(roles[3]) == {DATA}
    # A photo's caption with its credit in brackets: the caption says what the picture shows.
    text = (f"{LONG}\n\nA week-old pup rests above the tideline at Example Point on Tuesday "
            f"(Image: Jo Example / Example Post)\n\n{LONG}")
    assert tag_roles_of(text)[1] == [DATA]
    text = f"{LONG}\n\nMembers in action during the final. (Photo: Jo Example)\n\n{LONG}"
    assert tag_roles_of(text)[1] == [DATA, BOILERPLATE]
    # the credit alone, or after a word or two, stays furniture
    assert tag_roles_of(f"{LONG}\n\nThe pier (Image: Jo Example / Example Post)\n\n{LONG}")[1] == [BOILERPLATE]


def test_a_reply_to_letters_is_signed_with_a_role_and_a_lower_case_body():
    assert _SIGNATURE_LINE.match("Jo Example, chair, Exampleton Riverside Festival committee")
    assert not _SIGNATURE_LINE.match("Jo Example, chair, said the committee would meet again")


def test_a_review_opening_with_its_stars_is_credited_by_the_name_and_age_under_it():
    text = (f"{LONG}\n\n★★★★★ Best bike shop in Exampleton, no contest. Fran sorted a creaking bottom bracket.\n\n"
            f"Priya Example · 3 months ago\n\n{LONG}")
    roles = tag_roles_of(text)
    assert set(roles[1]) == {POST} and roles[2] == [ATTRIBUTION]
    # without the stars, a name with an age over a paragraph is not a review's credit
    roles = tag_roles_of(f"{LONG}\n\n{LONG}\n\nPriya Example · 3 months ago\n\n{LONG}")
    assert roles[2] != [ATTRIBUTION]


def test_a_forms_lines_up_to_its_continue_to_payment_button():
    text = (f"{LONG}\n\nFirst name *\n\nEmail address *\n\nYour fundraising target   £50   £100   £250   Other £____\n\n"
            f"☐ Add Gift Aid. I'm a UK taxpayer and I'd like Example Hospice to reclaim tax on my entry fee.\n\n"
            f"Continue to payment →\n\n{LONG}")
    roles = tag_roles_of(text)
    assert all(set(roles[k]) == {BOILERPLATE} for k in range(1, 6))
    assert set(roles[6]) == {PROSE}


# ------------------------------------------------------------------------------- 705th-708th batches
@pytest.mark.parametrize("line,furniture", [
    ("Reply · 14", True),
    ("Can we leave a voicemail on this number?   Yes   No", True),
    ("Can we leave a voicemail? Yes. No one will hear it but you.", False),
    ("This article reflects the editorial view of the Example Standard.", True),
    ("Can the sailor swim 50 metres in light clothing? *   ○ Yes   ○ No", True),
    ("Posted by Jo Example on 9 December 2024 in Reviews, Pantomime  |  5 comments", True),
    ("Buy from our partner bookshop – Example Arts may earn a small commission", True),
    ("Example Arts CIC · Registered in England and Wales No. 10938472 · The Old Boathouse, Example Quay", True),
    ("The Example Echo is part of Example Media Group. Registered in England No. 04419836. "
     "Registered office: 12 Tanner Street, Exampleton EX1 4EQ.", True),
    ("The firm, registered in England under company number 08813472, went into administration in March.", False),
])
def test_furniture_lines_of_the_705th_to_708th_batches(line, furniture):
    assert boilerplate_line(line) is furniture


# ------------------------------------------------------------------------------- 709th-712th batches
@pytest.mark.parametrize("line,furniture", [
    ("Page last updated 2 August 2025 by the club secretary", True),
    ("▲ 48  ▼ 3  Reply", True),
    ("If you have been affected by this story, the Example Bereavement Line is open 8am to 10pm on 01632 960418.", True),
    ("This is a press release submitted to the Example Echo and published unedited.", True),
    ("☎ 01632 960418  |  24-hour emergency line 07700 900273", True),
    ("Example editorial · Sat 10 Aug 2024 06.00 BST", True),
    ("How often?   One-off   Monthly", True),
    ("How often? Once a month, the club said.", False),
    ("Card payments are handled securely by Example Payments. We never see or store your card details.", True),
    ("☐ Add Gift Aid. I am a UK taxpayer and I'd like Example Foodbank to claim 25p of Gift Aid on every £1 I give.", True),
    ("Name   Phone number   Postcode   What do you need help with?   SEND", True),
    ("Monday 6.00–7.15pm | U12 Boys, U16 Boys | 3G pitch 1", False),   # a training timetable's row
])
def test_furniture_lines_of_the_709th_to_712th_batches(line, furniture):
    assert boilerplate_line(line) is furniture


def test_a_row_of_marked_fields_on_one_line_counts_each_toward_the_form():
    text = (f"{LONG}\n\nRegister your interest\n\nName *   Phone   Email *   Which roles interest you?   ☐ Warehouse   ☐ Centres\n\n"
            f"Send\n\n{LONG}")
    roles = tag_roles_of(text)
    assert roles[3] == [BOILERPLATE] and set(roles[4]) == {PROSE}


# ------------------------------------------------------------------------------- 713th-716th batches
@pytest.mark.parametrize("line,furniture", [
    ("Mini Red (ages 4–7) · Saturdays 9–10am · £6", False),       # a coaching session's listing
    ("Ladies' Morning Drills · Wednesdays 9.30–11am · £10", False),
    ("Opening hours: Mon–Fri 8.00–17.30 · Sat 9.00–13.00 · Sun closed", True),
    ("Letters on this and other subjects are welcome at letters@example.co.uk. Please include your full name.", True),
    ("Choose a stylist: Any available · Jo · Sam · Alex", True),
])
def test_furniture_lines_of_the_713th_to_716th_batches(line, furniture):
    assert boilerplate_line(line) is furniture


def test_a_planning_portals_dash_credit_from_a_street_closes_the_quoted_comment():
    text = (f"{LONG}\n\n\"Glad to see something happening on the site at last. It has been an eyesore for years.\"\n\n"
            f"— Comment from Example Way, received 27 February 2025\n\n{LONG}")
    roles = tag_roles_of(text)
    assert set(roles[1]) == {POST} and roles[2] == [ATTRIBUTION]


# ------------------------------------------------------------------------------- 717th-720th batches
@pytest.mark.parametrize("line,furniture", [
    ("↳ Replying to JoFromExampleton", True), ("Replying to jo_the_angler", True),
    ("Jo Example ate anonymously and paid for her meal. Example Weekly never accepts free food.", True),
    ("Time * Select a time: 10:00 · 10:30 · 11:00 · 11:30 · 12:00", True),
    ("Member club of the Example Counties Swimming Association  ·  Club no. WC0417", True),
])
def test_furniture_lines_of_the_717th_to_720th_batches(line, furniture):
    assert boilerplate_line(line) is furniture


def test_a_drop_down_with_its_placeholder_is_a_forms_field():
    text = (f"{LONG}\n\nBook a place\n\nWorkshop* [Please choose…]\n\nFull name*\n\nEmail address*\n\n"
            f"Continue to payment\n\n{LONG}")
    roles = tag_roles_of(text)
    assert all(roles[k] == [BOILERPLATE] for k in range(2, 6))


def test_a_planning_portals_dash_credit_with_initials_and_the_day_it_came():
    text = (f"{LONG}\n\n\"Example Lane is single track. Where exactly are two more cars going to pass?\"\n\n"
            f"— Objection, Mr K. Example, Example Lane. Comment submitted Mon 3 March 2025\n\n{LONG}")
    roles = tag_roles_of(text)
    assert set(roles[1]) == {POST} and set(roles[2]) == {ATTRIBUTION}


# ------------------------------------------------------------------------------- 721st-724th batches
@pytest.mark.parametrize("line,furniture", [
    ("Submitted by Example Valley Wildlife Trust", True),
    ("We usually reply within one working day and we'll never share your details.", True),
    ("Example Marquee Co. Ltd, Unit 3, Example Barns, Exampleton. Company No. 09913362. VAT No. GB 318 4471 09", True),
    ("Example & Daughters, 22 Quayside Road, Exampleton | Company no. 00491872 | Cookie policy | Privacy notice", True),
    ("This offer is made by Example Brewing Co. Ltd (company no. 11860432) through ExampleCrowd Ltd.", False),
    ("Readers' letters | Thursday 22 May 2025, 6:00 am", True),
])
def test_furniture_lines_of_the_721st_to_724th_batches(line, furniture):
    assert boilerplate_line(line) is furniture


# ------------------------------------------------------------------------------- 725th-728th batches
@pytest.mark.parametrize("line,furniture", [
    ("22.18", True), ("09.05", True), ("9.05", False),      # a live entry's time alone, not a price
    ("This article was supplied by Example Housing Trust and is published unedited.", True),
    ("£95 per night (Sun–Thu)  ·  £110 per night (Fri–Sat)  ·  Sleeps 2", False),   # a room's rates
])
def test_furniture_lines_of_the_725th_to_728th_batches(line, furniture):
    assert boilerplate_line(line) is furniture


def test_key_events_end_at_the_first_entrys_time():
    text = (f"{LONG}\n\nKey events\n\n02:14  Green gain confirmed after recount\n\n01:36  Recount called\n\n"
            f"Show key events only\n\n02:14\n\nGreen gain confirmed after recount\n\n{LONG}\n\n"
            f"Jo Example (Green) – 1,187\n\n{LONG}")
    roles = tag_roles_of(text)
    assert roles[5] == [BOILERPLATE]
    assert roles[6] != [BOILERPLATE] and roles[7] != [BOILERPLATE] and roles[8] != [BOILERPLATE]


def test_a_forms_question_with_a_hint_in_brackets_and_a_select_placeholder_keep_the_form_going():
    text = (f"{LONG}\n\nPhone number\n\nSession or course *  – Please select –  Taster (Saturday)  Taster (Wednesday)  "
            f"Paddle Start  Paddle Discover\n\nNumber of adults  Number of juniors (8–17)  Preferred date\n\n"
            f"Anything we should know? (medical conditions, access needs, nervous about water, etc.)\n\n"
            f"☐ I confirm everyone in this booking can swim 50 metres and I have read the club's safety rules.\n\n"
            f"Send booking request\n\n{LONG}")
    roles = tag_roles_of(text)
    assert all(set(roles[k]) == {BOILERPLATE} for k in range(1, 7))


# ------------------------------------------------------------------------------- 729th-732nd batches
@pytest.mark.parametrize("line,furniture", [
    ("Name and address supplied, Exampleton", True),
    ("Auto-refresh: ON", True),
    ("💬 Comments (23)", True),
    ("♥ Like  23 people like this", True),
    ("23 people like this idea, the survey found.", False),
    ("I consent to 1st Example Scout Group storing these details to manage the waiting list. See our privacy notice.", True),
    ("The Standard's view is agreed by its editorial board and does not necessarily reflect the views of its writers.", True),
])
def test_furniture_lines_of_the_729th_to_732nd_batches(line, furniture):
    assert boilerplate_line(line) is furniture


# ------------------------------------------------------------------------------- 733rd-736th batches
def test_a_fields_choices_between_wide_gaps_keep_the_form_going():
    text = (f"{LONG}\n\nDate of birth (DD/MM/YYYY) *\n\nWhich session are you interested in?   Seniors   Juniors   Hatchlings   Walking netball\n\n"
            f"Playing experience   Never played   Played at school   Played in a league in the last five years\n\n"
            f"Anything we should know? (injuries, medical conditions, access needs)\n\n"
            f"☐ I agree to Example Netball Club storing my details for membership purposes.\n\nSend\n\n{LONG}")
    roles = tag_roles_of(text)
    assert all(set(roles[k]) == {BOILERPLATE} for k in range(1, 7))
    # a site's menu between wide gaps over the page's title is not a form's field
    text = (f"Bins and recycling   Council tax   Planning   Roads and transport   Housing\n\n"
            f"Apply for a temporary road closure\n\n{LONG}")
    assert tag_roles_of(text)[1] != [BOILERPLATE]


# ------------------------------------------------------------------------------- 737th-738th batches
def test_a_form_runs_up_to_its_place_order_button():
    text = (f"{LONG}\n\nHamper order form\n\nName*\n\nEmail*\n\nHamper   The Three-Cheese Board ▾   Quantity  1\n\n"
            f"Gift message (up to 200 characters)\n\nPlace order\n\n{LONG}")
    roles = tag_roles_of(text)
    assert all(roles[k] == [BOILERPLATE] for k in range(2, 7))


def test_a_sold_out_listings_waiting_list_button_is_furniture():
    assert boilerplate_line("Sold out – join the waiting list")
    assert not boilerplate_line("Sold out, the organisers said, within an hour.")


# ------------------------------------------------------------------------------- 739th-740th batches
@pytest.mark.parametrize("line,furniture", [
    ("Got a snow picture or an update? WhatsApp us on 07700 900418 or email news@example.co.uk", True),
    ("Example & Example Driveways Ltd, Unit 4, Example Court, Exampleton. Tel 01632 960552 · Mobile 07700 900731 · "
     "hello@example.co.uk", True),
])
def test_furniture_lines_of_the_739th_to_740th_batches(line, furniture):
    assert boilerplate_line(line) is furniture


# ------------------------------------------------------------------------------- 741st-760th batches
def test_a_review_under_its_five_stars_alone_is_credited_by_the_name_and_age_under_it():
    text = (f"{LONG}\n\nWhat our customers say\n\n★★★★★\nCame out calm and fluffy, and the team were lovely with her. "
            f"Worth every penny.\nJo E. · 3 weeks ago\n\n{LONG}")
    roles = tag_roles_of(text)
    assert roles[2] == [POST] and roles[3] == [POST, POST, ATTRIBUTION]
    # stars over a line of the writer's own, with no credit under it, stay the writer's
    roles = tag_roles_of(f"{LONG}\n\n★★★★★\nOur grooming room reopens on Monday.\n\n{LONG}")
    assert POST not in roles[2]


def test_a_commenters_name_over_the_comments_age_heads_a_reader_comment():
    text = (f"{LONG}\n\nComments (3)\n\nGreenFingers58\n2 days ago\nWe had exactly this with a cypress. Took two years, "
            f"but the council sorted it.\n\nexample_mum\n1 day ago\nLovely reply. Some of us remember what that is like.\n\n"
            f"Load 1 more comment")
    roles = roles_of(text)
    assert [r for line, r in roles if line in ("GreenFingers58", "2 days ago", "example_mum", "1 day ago")] == [BOILERPLATE] * 4
    assert {r for line, r in roles if line.startswith(("We had", "Lovely"))} == {POST}
    # above the comments heading, a name over a date is the page's own line, not a comment's header
    text = f"{LONG}\n\nGreenFingers58\n2 days ago\nWe had exactly this with a cypress.\n\n{LONG}"
    assert POST not in {r for _, r in roles_of(text)}


def test_a_comment_count_with_join_the_conversation_opens_the_comments_and_stops_at_a_header():
    text = (f"{LONG}\n\n31 comments · Join the conversation\n\nSort by: Newest | Oldest | Most liked\n\nmossyboots\n\n"
            f"5 April 2025 09:14\n\nFinally a proper vegan place in town! Went last week and the sandwich is every bit as "
            f"good as she says. Queue was silly though.\n\nReply · Like (14)")
    roles = tag_roles_of(text)
    assert roles[5] == [POST] * 3 and roles[3] == [BOILERPLATE]


@pytest.mark.parametrize("line,controls", [
    ("Reply · Like (14)", True),
    ("21 Feb 2025, 08:14 · Like (38) · Reply", True),
    ("Like (14) the page for updates", False),
])
def test_a_like_button_with_its_count_is_a_comments_control(line, controls):
    from slant.structure import _comment_controls
    assert _comment_controls(line) is controls


def test_a_commenters_name_over_controls_with_a_like_count_credits_the_comment():
    text = (f"{LONG}\n\n23 comments\n\nPat Example\n\nMy husband was seen within minutes there last year. Cutting "
            f"nights is madness.\n\n21 Feb 2025, 08:14 · Like (38) · Reply")
    roles = tag_roles_of(text)
    assert roles[2] == [ATTRIBUTION] and set(roles[3]) == {POST}


def test_a_form_ends_at_its_send_button_in_brackets_or_submit():
    for button in ("[Send enquiry]", "Submit booking request"):
        text = (f"{LONG}\n\nEnquiry form\nYour name*\nEmail*\nPhone\nPreferred date\nMessage\n{button}\n\n{LONG}")
        roles = roles_of(text)
        assert {r for line, r in roles if line != LONG} == {BOILERPLATE}, button


def test_a_block_of_fields_without_its_button_is_the_forms():
    text = (f"{LONG}\n\nYour names*\nEmail*\nPhone\nWedding date*\nVenue\nRoughly how many guests?\n"
            f"[ The Intimate ▾ ]\nTell me a bit about your day\n\n{LONG}")
    roles = roles_of(text)
    assert {r for line, r in roles if line != LONG} == {BOILERPLATE}
    # a list of short lines with one marked item is not a form; nor is a list with a sentence in it
    services = f"{LONG}\n\nFull groom*\nBath and tidy\nNail clip and ear clean\nPuppy introduction\n\n{LONG}"
    assert BOILERPLATE not in {r for line, r in roles_of(services) if "*" not in line}
    listing = f"{LONG}\n\nName*\nEmail*\nPhone*\nWe will call you back within a day to talk it through.\n\n{LONG}"
    assert {r for line, r in roles_of(listing) if line.startswith("We will")} != {BOILERPLATE}


def test_a_letters_signature_on_two_lines_is_furniture_and_signs_the_letter_under_its_heading():
    def letter(heading, name, place):
        return (f"{heading}\n\nI have lived beside the green for 41 years, and in that time it has hosted fairs and "
                f"games.\n\nThe plan would take a third of it for cars.\n\n{name}\n{place}")
    text = (f"Letters: the green\n\n{LONG}\n\n" + letter("Hands off our green", "D. Example", "Chapel Row, Exampleton")
            + "\n\n" + letter("Cameras are there to save lives", "Ruth and Ajay Example", "Harbour View, Exampleton")
            + "\n\n" + letter("A mural to be proud of", "Keith Example", "Exampleton Parish Councillor (writing in a personal capacity)"))
    roles = roles_of(text)
    for name in ("D. Example", "Chapel Row, Exampleton", "Ruth and Ajay Example", "Keith Example"):
        assert dict(roles)[name] == BOILERPLATE, name
    assert {dict(roles)[h] for h in ("Hands off our green", "Cameras are there to save lives")} == {CLAIM}
    # the second line may say how the letter came, or that the paper holds the address
    text = (f"Letters\n\n{LONG}\n\n" + letter("Hands off our green", "Jo Example", "By email") + "\n\n"
            + letter("Consultation was a sham", "K. Example", "Address supplied"))
    assert {dict(roles_of(text))[x] for x in ("By email", "Address supplied", "K. Example")} == {BOILERPLATE}
    # a name and a role over more of the page's text, with no blank line under them, stay content
    text = f"{LONG}\n\nJo Example\nHead Coach\nJo has coached the juniors since 2015 and holds a Level 3 award."
    assert dict(roles_of(text))["Jo Example"] != BOILERPLATE


# ------------------------------------------------------------------------------- 761st-772nd batches
def test_a_block_of_contact_lines_with_a_postcode_near_the_pages_end_is_its_footer():
    footer = "Example Plumbing & Heating Ltd\nUnit 4, Canal Street Works\nExampleton EX7 2QN\n01632 960 418  ·  office@example.co.uk"
    text = f"{LONG}\n\n{LONG}\n\n{footer}\n\n© 2025 Example Plumbing"
    assert {r for line, r in roles_of(text) if line != LONG and not line.startswith("©")} == {BOILERPLATE}
    # high on a long page the same block is the place's address, content
    text = f"{LONG}\n\n{footer}\n\n" + "\n\n".join([LONG] * 8)
    assert BOILERPLATE not in {r for line, r in roles_of(text) if line.startswith(("Unit", "Exampleton"))}
    # a block with a sentence of more than a few words is not a footer's
    text = f"{LONG}\n\nFind us\nThe pool is on Station Road, Exampleton EX4 7QT, behind the fire station and the library.\n\nLast line."
    assert BOILERPLATE not in {r for line, r in roles_of(text) if line.startswith("The pool")}


def test_a_sites_name_over_its_tagline_at_the_top_is_the_masthead():
    text = f"Menu\n\nExample Kennels & Cattery\nFamily-run boarding since 1987\n\nBoarding prices for 2025\n\n{LONG}"
    roles = roles_of(text)
    assert dict(roles)["Example Kennels & Cattery"] == BOILERPLATE and dict(roles)["Family-run boarding since 1987"] == BOILERPLATE
    # a byline over its date stays the byline's reading; lower down the same shape is content
    text = f"{LONG}\n\n{LONG}\n\n{LONG}\n\nExample Kennels & Cattery\nFamily-run boarding since 1987\n\n{LONG}"
    assert dict(roles_of(text))["Family-run boarding since 1987"] != BOILERPLATE


@pytest.mark.parametrize("line,furniture", [
    ("This comment was removed by a moderator. Why?", True),
    ("Keep it civil. Comments are moderated and may be removed. Read our community guidelines.", True),
    ("The council said comments are moderated by staff.", False),
    ("Regulated by the Independent Press Standards Organisation (IPSO)", True),
    ("The Gazette is regulated by the Regional Press Complaints Panel. If you have a complaint, contact the editor.", True),
    ("Last updated 3 February 2025 by the Hon. Secretary", True),
    ("Page last updated 14 January by the club secretary", True),
    ("Pricing last updated 3 January 2025", True),
    ("Comments can no longer be made on this application because a decision has been issued.", True),
    ("The consultation period for this application has ended. Comments may still be made.", True),
    ("The consultation period ended in March, the council said.", False),
    ("Public comments (218)", True),
    ("Public comments – showing 1 to 8 of 63, newest first", True),
    ("Public comments on the plan have been overwhelmingly negative.", False),
    ("Report by: R. Example, Senior Planning Officer, 9 April 2025", True),
    ("The report by Jo Example, the council's auditor, found errors in 2024.", False),
])
def test_furniture_lines_of_the_761st_to_772nd_batches(line, furniture):
    assert boilerplate_line(line) is furniture


def test_the_comments_heading_may_carry_its_log_in_link():
    from slant.line_shapes import _COMMENTS_MARKER
    assert _COMMENTS_MARKER.match("Comments (14) | Log in or register to comment | Sort: Oldest first")
    assert not _COMMENTS_MARKER.match("Comments on the plan closed on Friday | Log in to read more of our coverage.")


# ------------------------------------------------------------------------------- 775th-794th batches
def test_a_caption_over_its_credit_sentence_is_data():
    text = f"{LONG}\n\nPupils leave Example Academy at the end of the school day. Photo: Example Academy\n\n{LONG}"
    assert tag_roles_of(text)[1] == [DATA, BOILERPLATE]
    text = f"{LONG}\n\nThe 'nduja pizza at Example & Rye. Photograph: Jo Example for the Post\n\n{LONG}"
    assert tag_roles_of(text)[1] == [DATA, BOILERPLATE]
    # a reader's picture captioned with a cheer or a question is theirs; a word or two stays the credit's
    text = f"{LONG}\n\nSurely the cheekiest squirrel in the county? Picture: Jo Example\n\n{LONG}"
    assert DATA not in tag_roles_of(text)[1]
    assert DATA not in tag_roles_of(f"{LONG}\n\nPosed by models. Photograph: Example Stock\n\n{LONG}")[1]


def test_a_writers_post_under_the_byline_may_be_in_lower_case_or_name_the_news_service():
    for role in ("Head teacher, Example Academy", "Local Democracy Reporting Service", "Chief reporter"):
        text = (f"Example Evening Post\n\nNews  Sport  Opinion  Business  Sign in\n\nOPINION\n\n"
                f"Phones go in pouches at the gate\n\nBy Jo Example\n{role}\n\n{LONG}")
        assert dict(roles_of(text))[role] == BOILERPLATE, role
    # not under a byline, the same line is the page's
    text = f"{LONG}\n\nLocal Democracy Reporting Service\n\n{LONG}"
    assert dict(roles_of(text))["Local Democracy Reporting Service"] != BOILERPLATE


def test_a_commenters_name_may_carry_a_note_in_brackets_over_the_date():
    text = (f"{LONG}\n\nComments (2)\n\nexample_pete\n16 March 2025 11:02\nPaying for the ceiling, basically.\n\n"
            f"Jo E (Example Kitchen)\n16 March 2025 13:40\nThank you for the review and the kind words about the dal.\n\n"
            f"Example Theatre (replying to example_pete)\n16 March 2025 14:02\nThe curtain comes down at 10.10pm.")
    roles = dict(roles_of(text))
    assert roles["Jo E (Example Kitchen)"] == roles["Example Theatre (replying to example_pete)"] == BOILERPLATE
    assert roles["Thank you for the review and the kind words about the dal."] == POST


def test_tributes_with_their_count_open_the_comments():
    text = (f"{LONG}\n\nTributes (23)\n\nJo Example\n7 March 2025 at 08:14\nShe delivered me and both my brothers.\n\n"
            f"Reply · Report · ♥ 14")
    roles = dict(roles_of(text))
    assert roles["Tributes (23)"] == roles["Jo Example"] == BOILERPLATE
    assert roles["She delivered me and both my brothers."] == POST
    assert not boilerplate_line("Tributes were paid to the nurse by 23 families.")


def test_a_press_releases_dated_header_is_furniture_not_a_comment():
    text = (f"The company issued the following statement.\n\nPRESS RELEASE – 16 July 2025 – FOR IMMEDIATE RELEASE\n\n"
            f"Example Water introduces a temporary use ban\n\n{LONG}")
    assert dict(roles_of(text))["PRESS RELEASE – 16 July 2025 – FOR IMMEDIATE RELEASE"] == BOILERPLATE
    # a comment's header with its text on one line is still the comment's
    text = f"{LONG}\n\n2 comments\n\nJo Example – 12 March 2025 – Spot on, we need the bus back."
    assert POST in {r for _, r in roles_of(text)}


def test_a_teaser_box_copied_as_one_block_ends_with_its_block_when_the_report_goes_on():
    text = (f"{LONG}\n\nMost read\n1. Bypass roadworks to last until spring\n2. Rovers sack manager after six defeats\n\n"
            f"Jo Example, defending, said his client had run up debts of around £9,000 after losing his job.\n\n{LONG}")
    roles = dict(roles_of(text))
    assert roles["2. Rovers sack manager after six defeats"] == BOILERPLATE
    assert roles["Jo Example, defending, said his client had run up debts of around £9,000 after losing his job."] != BOILERPLATE
    # with its heading alone in its block, the titles in the blocks under it are still claimed
    text = f"{LONG}\n\nMost read\n\nBypass roadworks to last until spring, council says\n\nRovers sack manager\n\n{LONG}"
    assert dict(roles_of(text))["Rovers sack manager"] == BOILERPLATE


def test_a_masthead_name_may_end_in_its_firms_abbreviation():
    text = f"Menu\n\nExample Walking Co.\nGuided walks in the Example Valley fells\n\nUpcoming walks\n\n{LONG}"
    roles = dict(roles_of(text))
    assert roles["Example Walking Co."] == roles["Guided walks in the Example Valley fells"] == BOILERPLATE
    text = f"Menu\n\nWe closed.\nGuided walks in the Example Valley fells\n\nUpcoming walks\n\n{LONG}"
    assert dict(roles_of(text))["We closed."] != BOILERPLATE


def test_a_dated_listings_row_with_its_price_is_not_a_menu():
    assert not is_navigation("Sat 12 Apr | Example Falls and the Mill | Grade 1 | 7 km | £22 | 5 places left")
    assert not is_navigation("Mon 5 May (bank holiday) | Example Tarn | Grade 2 | 12 km | £28 | 9 places left")
    assert is_navigation("Home | News | Sport | What's on | Contact")


def test_a_sign_up_boxs_pitch_over_its_field_and_a_comment_forms_fields_are_furniture():
    text = f"{LONG}\n\nGet news of new courses and kiln-opening days\nEmail address [ Subscribe ]\n\n{LONG}"
    assert dict(roles_of(text))["Get news of new courses and kiln-opening days"] == BOILERPLATE
    text = f"{LONG}\n\nGet new dates and last-minute places first\nEmail address [          ] Subscribe\n\n{LONG}"
    assert dict(roles_of(text))["Get new dates and last-minute places first"] == BOILERPLATE
    text = f"{LONG}\n\nLeave a comment\nName *\nEmail * (never published)\n[ Post comment ]\n\n{LONG}"
    assert dict(roles_of(text))["Email * (never published)"] == BOILERPLATE
    # a heading in a block of its own over the field stays the page's
    text = f"{LONG}\n\nGet news of new courses and kiln-opening days\n\nEmail address [ Subscribe ]\n\n{LONG}"
    assert dict(roles_of(text))["Get news of new courses and kiln-opening days"] != BOILERPLATE


def test_a_contact_block_with_a_phone_and_an_email_near_the_end_is_the_footer():
    footer = "Example Sweeps\nUnit 4, Mill Yard\nExampleton\n01632 960418\nhello@examplesweeps.co.uk"
    text = f"{LONG}\n\n{LONG}\n\n{footer}\n\n© 2025 Example Sweeps"
    assert {r for line, r in roles_of(text) if line.startswith(("Example Sweeps", "Unit 4", "Exampleton"))} == {BOILERPLATE}
    # an address with neither postcode nor phone and email stays content
    text = f"{LONG}\n\n{LONG}\n\nExample Sweeps\nUnit 4, Mill Yard\nExampleton\n\n© 2025 Example Sweeps"
    assert BOILERPLATE not in {r for line, r in roles_of(text) if line.startswith("Unit 4")}


def test_a_table_with_its_cells_between_bars_is_data():
    rows = ["Age group | Born between | Format | Match day", "Under-7s | 1 Sep 2018 – 31 Aug 2019 | 5v5 | Saturday",
            "Under-8s | 1 Sep 2017 – 31 Aug 2018 | 5v5 | Saturday", "Under-9s | 1 Sep 2016 – 31 Aug 2017 | 7v7 | Saturday"]
    text = f"{LONG}\n\n" + "\n".join(rows) + f"\n\n{LONG}"
    assert tag_roles_of(text)[1:5] == [[DATA]] * 4
    # two rows are not a table; rows of different widths are not one table
    text = f"{LONG}\n\n" + "\n".join(rows[:2]) + f"\n\n{LONG}"
    assert [DATA] not in tag_roles_of(text)[1:3]
    text = f"{LONG}\n\nHome | News | Sport\nAbout | Contact\nTerms | Privacy | Cookies | Help\n\n{LONG}"
    assert [DATA] not in tag_roles_of(text)


def test_a_two_line_signature_read_as_one_paragraph_signs_the_letter():
    text = (f"Letters\n\n{LONG}\n\nOur tree is a disgrace\n\nThe tree is a twig. I would happily chip in a fiver.\n\n"
            f"Jean Example (Mrs)\nExample End\n\nIn defence of our tree\n\n{LONG}")
    assert dict(roles_of(text)).get("Jean Example (Mrs)\nExample End", dict(roles_of(text)).get("Jean Example (Mrs)")) == BOILERPLATE


@pytest.mark.parametrize("line,furniture", [
    ("Share [f] [X] [✉]", True),
    ("Share 🔗 f 𝕏 ✉", True),
    ("Share: f in", True),
    ("Share it", False),
    ("* required field", True),
    ("* indicates a required field", True),
    ("* Some dishes contain nuts.", False),
    ("PRESS RELEASE – 16 July 2025 – FOR IMMEDIATE RELEASE", True),
    ("Press release – July 16, 2025", True),
    ("Press release: 40 new jobs at the plant", False),
    ("Personal details are not published. Comments containing offensive content will be removed.", True),
    ("Have you spotted a leak in your street? Send us a photo at news@example.co.uk or message us on WhatsApp.", True),
    ("Call or text Dan: 07700 900418 (no calls while I'm teaching – leave a message!)", True),
    ("Cookies help us run this site. Accept all | Reject non-essential | Settings", True),
    ("We'd like to set analytics cookies to help us improve this website. Accept | Reject", True),
    ("Can we store analytics cookies on your device? They help us improve the site.", True),
    ("To place a death notice or an In Memoriam announcement, call our team on 01632 960247.", True),
    ("Place a death notice, in memoriam or thank-you notice from £25. Call 01632 960 118.", True),
    ("Report author: R. Example, Senior Planning Officer, 3 February 2025", True),
    ("Countersigned: M. Example, Team Leader (Development Management)", True),
    ("Signed: J. Example, Senior Planning Officer, 2 October 2024", True),
    ("Authorised: R. Example, Development Manager, 3 October 2024", True),
    ("Signed off sick, he said.", False),
    ("Public comments (41) – showing 6 most recent. Comments are published as received and the council is not responsible.", True),
    ("★★★★★ 4.9 average from 137 verified reviews on ExampleVouch", True),
    ("Anyone affected by the issues in this story can contact Samaritans free, day or night, on 116 123.", True),
    ("The Gazette welcomes letters on this and any other subject. Email letters@example.co.uk.", True),
    ("Want to write for us? We welcome guest columns of up to 800 words. Email opinion@example.co.uk", True),
    ("We'll be bringing you updates throughout the day – send your photos to news@example.co.uk.", True),
    ("The council welcomes the report, its leader said.", False),
])
def test_furniture_lines_of_the_775th_to_794th_batches(line, furniture):
    assert boilerplate_line(line) is furniture


# ------------------------------------------------------------------------------- 795th-810th batches
def test_a_picture_described_in_place_of_its_credit_is_data():
    text = f"{LONG}\n\nPhoto: A grey seal and her pup on the north beach of Example Island, October 2024.\n\n{LONG}"
    assert tag_roles_of(text)[1] == [DATA]
    text = f"{LONG}\n\n[Photo: The soles at 507 miles. The outer edge of the heel has worn down faster.]\n\n{LONG}"
    assert set(tag_roles_of(text)[1]) == {DATA}
    # a credit stays furniture, an outlet's name with "The" too
    for credit in ("Photo: The Example Post", "Photograph: Jo Example/Example Agency"):
        assert boilerplate_line(credit), credit


def test_a_letters_signature_may_name_a_welsh_street_or_carry_a_role_in_lower_case():
    def letter(heading, name, place):
        return f"{heading}\n\nThe bank is closing and nobody asked us. We deserve better than this.\n\n{name}\n{place}"
    text = (f"Letters\n\n{LONG}\n\n" + letter("Who will serve us now?", "Eirlys Example", "Heol y Felin, Exampleton") + "\n\n"
            + letter("A sad day for the town", "Derek Example", "Former carnival marshal, Upper Exampleton") + "\n\n"
            + letter("A credit union could help", "Gwyn Example, volunteer treasurer", "Example Valleys Credit Union"))
    roles = dict(roles_of(text))
    for line in ("Heol y Felin, Exampleton", "Former carnival marshal, Upper Exampleton", "Derek Example"):
        assert roles[line] == BOILERPLATE, line
    assert BOILERPLATE in {r for line, r in roles_of(text) if line.startswith("Gwyn Example")}
    # a sentence in lower case under a name is the letter's text, not a role
    text = f"Letters\n\n{LONG}\n\n" + letter("A sad day", "Derek Example", "Something must change soon")
    assert dict(roles_of(text))["Something must change soon"] != BOILERPLATE


@pytest.mark.parametrize("line,furniture", [
    ("We use a small number of cookies to count how many people visit this site. Accept | Decline", True),
    ("🍪 We use cookies to make our booking system work. Accept all | Manage preferences", True),
    ("Cookies on this site: we'd like to set analytics cookies to help us improve our services. Accept | Reject", True),
    ("Your letters to the editor. Letters should be under 300 words and include your full name and address.", True),
    ("More letters appear on page 22 of this week's print edition.", True),
    ("More letters from readers complained about the smell.", False),
    ("Latest from our blog: Why does my RCD keep tripping? (12 February 2025)", True),
    ("This column is general guidance only and does not constitute legal advice.", True),
    ("Comments are published as received, with personal details removed. The council does not check them.", True),
    ("Report agreed: R. Example, Senior Planning Officer, 31 July 2025", True),
    ("Add your comment. Comments are moderated and must follow our community guidelines.", True),
    ("The council said comments are moderated by staff.", False),
    ("4 min read · Share  f  X  ✉", True),
    ("Is your MOT due? Enter your registration to check: [ AB12 CDE ] Check", True),
])
def test_furniture_lines_of_the_795th_to_810th_batches(line, furniture):
    assert boilerplate_line(line) is furniture


# ------------------------------------------------------------------------------- 811th-818th batches
def test_a_commenters_handle_alone_over_the_comment_in_its_block_heads_it():
    text = (f"{LONG}\n\n47 comments\n\nSort by: Newest | Oldest\n\nExampleSheep66\nWell said. Sold through the mart for 40 years.\n\n"
            f"R_Example\nNice sentiment, but the car park is a death trap. Fix the basics first.")
    roles = dict(roles_of(text))
    assert roles["ExampleSheep66"] == roles["R_Example"] == BOILERPLATE
    assert roles["Nice sentiment, but the car park is a death trap. Fix the basics first."] == POST
    # above the comments, or with no digit or underscore in it, a short line over text is not a handle
    text = f"{LONG}\n\nExampleSheep66\nWell said. Sold through the mart for 40 years.\n\n{LONG}"
    assert POST not in {r for _, r in roles_of(text)}


def test_a_menu_copied_one_item_a_line_is_furniture():
    text = f"Example Locksmiths\n\nHome\nServices\nPrices\nAreas Covered\nReviews\nContact\n\n{LONG}"
    assert {r for line, r in roles_of(text) if line in ("Services", "Areas Covered", "Contact")} == {BOILERPLATE}
    # a list of short lines that does not open with "Home" is the page's
    text = f"{LONG}\n\nWhat to bring\nTowel\nSwimming cap\nGoggles\nPadlock\n\n{LONG}"
    assert BOILERPLATE not in {r for line, r in roles_of(text) if line in ("Towel", "Goggles")}


def test_the_papers_note_in_place_of_a_name_signs_a_letter_over_the_place():
    text = (f"Letters\n\n{LONG}\n\nSticker shock on the doorstep\n\nThe new bin stickers are a waste of money. Nobody asked for them.\n\n"
            f"Name and address supplied\nExampleton\n\nIn brief\n\n{LONG}")
    assert dict(roles_of(text))["Exampleton"] == BOILERPLATE


def test_an_ad_block_under_its_label_and_a_comment_headed_by_its_time_alone():
    text = f"{LONG}\n\nAdvertisement\nExample Carpets — Spring Sale now on — 20% off all rolls\n\n{LONG}"
    assert dict(roles_of(text))["Example Carpets — Spring Sale now on — 20% off all rolls"] == BOILERPLATE
    # the label alone in its block claims nothing under it here
    text = f"{LONG}\n\nAdvertisement\n\nThe council will decide on the plan in March, a spokesman said.\n\n{LONG}"
    assert dict(roles_of(text))["The council will decide on the plan in March, a spokesman said."] != BOILERPLATE
    text = (f"{LONG}\n\nComments (27)\n\nPavilionPete · 7:12pm\nGreat coverage as always. Pity about the catering.\n\n"
            f"Wick_Lass · 7:20pm\nThe park and ride was excellent.")
    roles = dict(roles_of(text))
    assert roles["PavilionPete · 7:12pm"] == BOILERPLATE and roles["The park and ride was excellent."] == POST


def test_a_sign_up_field_copied_before_its_prompt_claims_the_pitch_above():
    text = (f"{LONG}\n\nGet the Echo's morning briefing in your inbox\n[Enter your email] Sign up\n"
            f"By signing up you agree to our privacy notice.\n\n{LONG}")
    roles = dict(roles_of(text))
    assert roles["[Enter your email] Sign up"] == roles["Get the Echo's morning briefing in your inbox"] == BOILERPLATE


@pytest.mark.parametrize("line,furniture", [
    ("The Gazette's editorial view is agreed by the editor and senior staff.", True),
    ("Our View is written by the Mercury's editorial board and represents the opinion of the paper.", True),
    ("The council's view is that the plan should go ahead.", False),
    ("Log in to comment. Please read our community guidelines before posting.", True),
    ("Enjoyed this? The Example Listener is independent and free to read. Support us from £3 a month.", True),
    ("The Example Stalls is free to read and run by volunteers. If you value arts coverage, please consider supporting us.", True),
    ("The trust is independent and says it will support the plan.", False),
    ("The advice in this column is general. Always use a qualified tradesperson for gas and electrical work.", True),
])
def test_furniture_lines_of_the_811th_to_818th_batches(line, furniture):
    assert boilerplate_line(line) is furniture


# ------------------------------------------------------------------------------- 819th-828th batches
def test_a_commenters_name_or_run_together_handle_over_the_comment_heads_it_but_not_a_box_heading():
    text = (f"{LONG}\n\nComments (3)\n\nDerek W\nWell said. The green was there long before the cars were.\n\n"
            f"ChapelRowResident\nEasy to write this when you don't live next to it.\n\n"
            f"Most Read\n1. Bypass roadworks to last until spring\n2. Rovers sack manager after six defeats")
    roles = dict(roles_of(text))
    assert roles["Derek W"] == roles["ChapelRowResident"] == BOILERPLATE
    assert roles["Easy to write this when you don't live next to it."] == POST
    assert roles["1. Bypass roadworks to last until spring"] == BOILERPLATE


def test_a_timestamp_may_say_it_is_the_last_update():
    assert is_timestamp("Thursday 17 July 2025, 6:58pm (last updated)")
    assert not is_timestamp("Thursday's match (last updated score)")


def test_a_signers_role_may_name_the_shop_and_its_street():
    text = (f"Letters\n\n{LONG}\n\nThank you, shoppers\n\nThe hospice shop raised £9,000 last year. We are grateful to everyone.\n\n"
            f"Carol Example\nShop manager, St Example's Hospice, Bridge Street\n\nAnother letter\n\n{LONG}")
    assert dict(roles_of(text))["Shop manager, St Example's Hospice, Bridge Street"] == BOILERPLATE


@pytest.mark.parametrize("line,furniture", [
    ("Share your memories of Derek: email newsdesk@example.co.uk", True),
    ("Ruth Example's advice is given in good faith, but the Herald cannot accept legal responsibility for it.", True),
    ("Photo: One of the clinic's treatment rooms, refurbished in 2023.", False),
    ("That's where we'll leave our live coverage for today. Organisers say 18,112 runners finished.", False),
])
def test_furniture_lines_of_the_819th_to_828th_batches(line, furniture):
    assert boilerplate_line(line) is furniture


# ------------------------------------------------------------------------------- 829th-848th batches
def test_a_dash_credit_under_a_review_that_follows_another_credited_review_closes_it():
    text = (f"{LONG}\n\n★★★★★ 4.8 out of 5 from 96 Google reviews\n\n"
            "Passed first time with two minors. Sam is the calmest teacher I have ever met.\n\n"
            "– Priya K., passed March 2025\n\n"
            "I had failed twice with other instructors. Sam sorted out my junctions in one lesson.\n\n"
            "– Owen T., Example Green\n\nContact us")
    roles = dict(roles_of(text))
    assert roles["– Owen T., Example Green"] == ATTRIBUTION
    assert roles["I had failed twice with other instructors. Sam sorted out my junctions in one lesson."] == POST


def test_a_genre_label_under_the_trail_is_not_the_title_when_a_longer_title_follows():
    text = ("The Example Post\n\nSport › Non-League › Opinion\n\nOPINION\n\n"
            "Sacking the manager after fourteen games is the worst decision the board has made\n\n"
            f"{LONG}")
    roles = dict(roles_of(text))
    assert roles["OPINION"] == BOILERPLATE
    assert roles["Sacking the manager after fourteen games is the worst decision the board has made"] == HEADLINE
    # the crumb's own page keeps its title ("... › Allotments" over "Allotments")
    text = f"The Example Post\n\nHome › Community › Allotments\n\nAllotments\n\n{LONG}"
    assert dict(roles_of(text))["Allotments"] == HEADLINE


def test_the_writers_handle_under_the_job_line_is_the_bylines():
    text = ("Why the board got it wrong\n\nJo Example\nFootball Columnist\n@JoExampleSport\n\n"
            f"Published: 06:00, Thursday 13 November 2025\n\n{LONG}")
    roles = dict(roles_of(text))
    assert roles["Jo Example"] == roles["Football Columnist"] == roles["@JoExampleSport"] == BOILERPLATE


def test_a_review_quoted_after_its_stars_with_its_credit_on_the_line_is_a_post_and_its_credit():
    line = ('★★★★☆ "Great walls, but the car park is a nightmare after 6pm. Coffee\'s good though." '
            "— Tom H., Tripadvisor")
    roles = roles_of(f"{LONG}\n\n{line}\n\n{LONG}")
    assert [r for t, r in roles if "Tom H." in t] == [ATTRIBUTION]
    assert [r for t, r in roles if "nightmare" in t] == [POST]


def test_share_buttons_copied_one_a_line_under_share_are_furniture():
    text = f"{LONG}\n\nShare\nFacebook\nX\nWhatsApp\nCopy link\n\n{LONG}"
    roles = dict(roles_of(text))
    assert roles["Facebook"] == roles["X"] == roles["WhatsApp"] == BOILERPLATE
    text = f"{LONG}\n\nShare\nFacebook\nThe council shared the plans on Facebook on Monday.\n\n{LONG}"
    assert dict(roles_of(text))["The council shared the plans on Facebook on Monday."] != BOILERPLATE


def test_a_one_word_heading_over_a_tables_header_row_does_not_sign_the_page():
    text = (f"{LONG}\n\nPrices\n\nService | Price\nStandard sweep | £75\nSecond flue, same visit | £45\n"
            f"Bird's nest removal | from £60\n\n{LONG}")
    assert dict(roles_of(text))["Prices"] != BOILERPLATE
    # a first name alone over the page's furniture still signs it
    text = f"{LONG}\n\nGareth\n\nShare | Facebook | X | Email\n\n© 2025 Example Outdoors"
    assert dict(roles_of(text))["Gareth"] == BOILERPLATE


def test_a_sign_up_box_closed_by_its_button_is_furniture():
    text = (f"{LONG}\n\nThe Example Letter: the month's gigs and reviews in your inbox on the first Thursday.\n"
            f"Sign up\n\n{LONG}")
    assert dict(roles_of(text))[
        "The Example Letter: the month's gigs and reviews in your inbox on the first Thursday."] == BOILERPLATE
    # (or by its field and button in brackets)
    text = f"{LONG}\n\nJoin the club for term-time offers and news\n[Your email address]  [Subscribe]\n\n{LONG}"
    assert dict(roles_of(text))["Join the club for term-time offers and news"] == BOILERPLATE
    text = f"{LONG}\n\nThe club meets in the hall every Thursday at 7pm.\nJoin\n\n{LONG}"
    assert dict(roles_of(text))["The club meets in the hall every Thursday at 7pm."] != BOILERPLATE


def test_a_sites_ticker_over_a_title_on_another_subject_is_furniture():
    text = ("The Example Gazette\n\nNews | Sport | What's On | Property | Jobs\n\n"
            "TRAVEL: Example roundabout closed overnight until Friday – see latest updates\n\n"
            "Steam engine returns to the valley railway after a ten-year overhaul\n\n"
            f"By Jo Example\n\n{LONG}")
    roles = dict(roles_of(text))
    assert roles["TRAVEL: Example roundabout closed overnight until Friday – see latest updates"] == BOILERPLATE
    assert roles["Steam engine returns to the valley railway after a ten-year overhaul"] == HEADLINE
    # a live page's own title, over a standfirst on its subject
    text = ("The Example Courier\n\nNews | Sport | What's On | Property | Jobs\n\n"
            "LIVE: Example District Council election count – results as they happen\n\n"
            "Independents target three seats as counting gets under way at the leisure centre\n\n"
            f"By Jo Example\n\n{LONG}")
    assert dict(roles_of(text))["LIVE: Example District Council election count – results as they happen"] == HEADLINE
    text = ("The Example Herald\n\nNews | Sport | What's On | Property | Jobs\n\n"
            "LATEST: Market moves to Thursdays during the bridge works\n\n"
            f"Rugby club's clubhouse gutted by fire as players launch appeal\n\nBy Jo Example\n\n{LONG}")
    assert dict(roles_of(text))["LATEST: Market moves to Thursdays during the bridge works"] == BOILERPLATE
    # (the label may stand before a bar, and a common word shared is no shared subject)
    text = ("The Example Herald\n\nNews | Sport | What's On | Property | Jobs\n\n"
            "BREAKING  |  A-road closed after lorry fire — diversions in place\n\nNews › Crime\n\n"
            f"Bank robbery suspect arrested after police chase through the town\n\nBy Jo Example\n\n{LONG}")
    assert dict(roles_of(text))["BREAKING  |  A-road closed after lorry fire — diversions in place"] == BOILERPLATE


def test_a_sign_off_with_the_signers_name_and_post_in_one_block_is_furniture():
    text = (f"{LONG}\n\nWarm wishes,\nHelen Example\nHeadteacher\n\n"
            "This website uses cookies to give you the best experience. [OK]")
    roles = dict(roles_of(text))
    assert roles["Helen Example"] == roles["Headteacher"] == BOILERPLATE


def test_a_menu_copied_one_item_a_line_under_quick_links_is_furniture():
    text = f"{LONG}\n\nQuick links\nDelivery information\nFinance FAQs\nCare guides\nCareers\n\n{LONG}"
    assert dict(roles_of(text))["Finance FAQs"] == BOILERPLATE
    text = f"The Example Courier\n\nMenu\nNews\nOpinion\nSport\nFamily Notices\nSearch\n\n{LONG}"
    assert dict(roles_of(text))["Family Notices"] == BOILERPLATE


@pytest.mark.parametrize("line,furniture", [
    ("We welcome letters on any subject. Please keep them under 300 words and include your address.", True),
    ("We welcome the council's decision to reopen the library.", False),
    ("The Gazette View is the opinion of the Example Gazette, agreed by the editor after discussion with senior staff.", True),
    ("About Our View: Our View is the Courier's editorial column. It is agreed each week by the editor.", True),
    ("Our view is that the editorial line was wrong.", False),
    ("Our editorial code and complaints procedure are published on our Standards page.", True),
    ("Our code is simple: we listen to customers.", False),
    ("Subscribe to the Gazette from £1.50 a week — print, e-edition and unlimited online access.", True),
    ("Click to enlarge", True), ("More to follow.", True), ("There is more to follow on Tuesday.", False),
    ("Comments are the responsibility of the person who posts them. Report a comment", True),
    ("★ Like", True), ("📌 Pin it for later", True),
    ("Privacy & Cookies: This site uses cookies. By continuing to use this website, you agree to their use.", True),
    ("Cookies & privacy: this blog uses cookies. If you keep browsing, we'll assume that's fine.", True),
    ("Close and accept", True), ("Basket (0)   Sign in", True),
    ("Share: [Facebook] [X] [WhatsApp] [Copy link]", True), ("Audience comments (6)", True),
    ("Want to respond? Send a reply of up to 600 words to comment@example.co.uk.", True),
    ("Want to respond quickly to a fire? Keep an extinguisher in the kitchen.", False),
    ("If you found this useful, you can support the blog by buying me a coffee.", True),
    ("Check availability & book online", True),
    ("Free UK delivery on accessories over £50 | Call us: 01632 960 418", True),
    ("Free local delivery in Example Town on orders over £20 – order by 2pm for same-day dispatch", True),
    ("Get new stories by email: one letter a month, no spam. [Your email] [Subscribe]", True),
    ("Basket (0)   Search our shelves", True),
])
def test_furniture_lines_of_the_829th_to_848th_batches(line, furniture):
    assert boilerplate_line(line) is furniture


# ------------------------------------------------------------------------------- 849th-864th batches
def test_the_writers_handle_under_the_byline_is_the_bylines():
    text = ("School uniform row grows\n\nBy Hannah Example, Education Reporter\n@HExampleCourier\n"
            f"Published 11 September 2024, 6:00am\n\n{LONG}")
    assert dict(roles_of(text))["@HExampleCourier"] == BOILERPLATE


def test_a_table_copied_as_one_paragraph_between_bars_is_data():
    table = ("System size | Panels | Typical annual generation | Price from\n3.2 kWp | 8 x 400W | 2,700 kWh | £5,450\n"
             "4.4 kWp | 11 x 400W | 3,700 kWh | £6,390\n5.6 kWp | 14 x 400W | 4,700 kWh | £7,250")
    text = f"{LONG}\n\nPrices below include scaffolding and fitting.\n\n{table}\n\n{LONG}"
    paragraphs = split_paragraphs(text)
    roles = tag_roles_of(text)
    rows = [k for k, (s, e) in enumerate(paragraphs) if "|" in text[s:e]]
    assert rows and all(set(roles[k]) == {DATA} for k in rows)


@pytest.mark.parametrize("line,furniture", [
    ("Photo: Replacing a cast iron downpipe on a Victorian terrace in Lower Example.", False),
    ("Photo: Manning Photography for the Example Courier, 2024", True),
    ("Read our editorial code and complaints procedure at example.co.uk/standards", True),
    ("Reviews are collected from verified guests after their stay. We do not edit review text.", True),
    ("2 Responses", True),
    ("Google Rating 4.9 ★★★★★ Based on 312 reviews", True),
    ("Exampleton 19°C ☀ Sunny spells", True),
    ("The views in From the Chair are those of the chairman and do not necessarily represent the council.", True),
    ("The views in the village are mixed, says the chairman.", False),
    ("The Example Bell · Spring 2024 · Issue 87", True),
    ("Also in this issue: Allotment waiting list update · Spring litter pick", True),
    ("Also in this issue, the council set its budget.", False),
    ("Comments reflect the views of readers, not of the Example Courier. Report a comment", True),
    ("Download my free budget template (Google Sheets)", True),
    ("Our View is the opinion of the Example Chronicle, agreed by the editor and senior editorial staff.", True),
    ("Our site uses cookies. By continuing to browse you agree to our use of cookies. OK", True),
    ("Now hiring: full and part-time drivers. Find out more", True),
    ("We're hiring: bakers, counter staff and a kitchen lead. Drop me a message or pop in and say hello.", False),
    ("As featured in: Northern Example Magazine · The Example Bride", True),
    ("Read all reviews on Google   |   Leave us a review", True),
    ("Call us on 01632 960418 (8am–8pm, seven days a week)", True),
    ("Share 🔗 Facebook X WhatsApp", True), ("Share your thoughts with Facebook friends", False),
])
def test_furniture_lines_of_the_849th_to_864th_batches(line, furniture):
    assert boilerplate_line(line) is furniture


# ------------------------------------------------------------------------------- 865th-874th batches
def test_a_blogs_about_me_box_among_the_last_blocks_is_furniture():
    tail = "\n\n".join(["Leave a Reply", "Popular posts", "Tags: cycling, commuting", "© 2025 Example Rides"])
    text = (f"{LONG}\n\n{LONG}\n\nAbout me\nI'm Elin, a lab technician who swapped the bus for a bike in 2020. "
            f"I write about commuting and kit.\n\n{tail}")
    assert dict(roles_of(text))["About me"] == BOILERPLATE
    # the same box near the top of a tutor's page is the page's content
    body = "\n\n".join([LONG] * 8)
    text = (f"Example Piano Lessons\n\nAbout me\nI have taught piano for twenty years and prepare pupils for "
            f"graded exams.\n\n{body}")
    assert dict(roles_of(text))["I have taught piano for twenty years and prepare pupils for graded exams."] != BOILERPLATE


@pytest.mark.parametrize("line,furniture", [
    ("Add your comment", True), ("Show latest updates", True),
    ("Comments are held for approval before they appear, and spam is filtered automatically.", True),
    ("Comments are held in the village hall every Tuesday.", False),
    ("This blog uses a few cookies for visitor statistics and to remember your comment details. OK", True),
    ("About our editorials: Editorials represent the view of the Example Post as an institution.", True),
    ("About this column: Parish Matters is written each month by the chair of the parish council.", True),
    ("Example Stalls is run by volunteers and pays its writers. If you value reviews, please consider supporting us.", True),
    ("The club is run by volunteers and needs support.", False),
    ("March 2024 issue · 6 min read", True), ("November 2024 issue", True),
    ("Peg map (PDF, 420KB) – Download", True),
    ("Questions before you join? Fill in the form and one of the team will get back to you within one working day.", True),
    ("Why wait? Use the form and the council will reply, he said, but it never did.", False),
])
def test_furniture_lines_of_the_865th_to_874th_batches(line, furniture):
    assert boilerplate_line(line) is furniture


# ------------------------------------------------------------------------------- 875th-924th batches
def test_a_footer_block_with_a_row_of_the_sites_links_is_furniture():
    text = (f"{LONG}\n\n{LONG}\n\nThe Example Gazette\nAbout us  ·  Contact  ·  Advertise with us  ·  Our review policy  ·  "
            "Privacy  ·  Terms\n© 2025 Example Media Ltd. All rights reserved.")
    assert dict(roles_of(text))["The Example Gazette"] == BOILERPLATE
    # a row of days over a sentence of the page stays the page's
    text = (f"{LONG}\n\n{LONG}\n\nOpening times\nMon | Tue | Wed | Thu | Fri\n"
            f"The shop stays open until 8pm on Thursdays for late collections.\n\n{LONG}")
    assert dict(roles_of(text))["The shop stays open until 8pm on Thursdays for late collections."] != BOILERPLATE


def test_a_booking_box_copied_as_one_segment_with_its_fields_in_brackets_is_furniture():
    box = "Check availability\nArrival date [ dd/mm/yyyy ]   Nights [ 7 ▾ ]   Guests [ 2 ▾ ]   Dogs [ 0 ▾ ]\nSearch"
    roles = roles_of(f"{LONG}\n\n{box}\n\n{LONG}")
    assert {r for t, r in roles if "Arrival date" in t} == {BOILERPLATE}
    # a price list under its heading, one price in brackets, stays the page's
    prices = "Our prices\nStandard clean £45\nDeep clean [most popular] £80\nEnd of tenancy from £120"
    roles = roles_of(f"{LONG}\n\n{prices}\n\n{LONG}")
    assert BOILERPLATE not in {r for t, r in roles if "Deep clean" in t}


def test_a_hyphen_typed_for_the_dash_credits_a_starred_or_quoted_review():
    text = (f"{LONG}\n\n★★★★★ \"Spotless, warm and so peaceful. We'll be back next spring.\"\n\n"
            f"- Fiona and Ray, Exampleton, October 2024\n\n{LONG}")
    roles = roles_of(text)
    assert [r for t, r in roles if t.startswith("- Fiona")] == [ATTRIBUTION]
    assert POST in [r for t, r in roles if "Spotless" in t]
    # under a list item, a hyphen opens the next item
    text = (f"{LONG}\n\nYou will need:\n\n- Your policy number\n\n- An invoice from your vet\n\n{LONG}")
    assert ATTRIBUTION not in [r for _, r in roles_of(text)]


def test_a_tickers_label_may_run_to_two_words_or_be_in_sentence_case():
    # (a ticker's stock words, "closed", do not make its subject the title's)
    for ticker in ("WEATHER WARNING: Yellow warning for ice in place until 11am Thursday – latest updates",
                   "Travel: Example Road closed at the roundabout until 6pm",
                   "LATEST: A3114 closed both ways at Example roundabout after crash"):
        text = ("The Example Echo\n\nNews | Sport | What's On | Property | Jobs\n\n"
                f"{ticker}\n\nTown beach closed to swimmers after sewage spill from pumping station\n\n"
                f"By Jo Example\n\n{LONG}")
        assert dict(roles_of(text))[ticker] == BOILERPLATE


def test_a_letters_signature_may_give_the_writers_age_letters_or_ward():
    for name, place in (("Amelia Example, 16", "Exampleton"), ("Cllr Sunita Example", "Exampleton East division"),
                        ("R. J. Example, CEng (retd)", "Example Road, Upper Exampleton")):
        text = (f"Letters to the editor\n\nFour-day week will hurt working parents\n\n{LONG} {LONG}\n\n"
                f"{name}\n{place}\n\n{LONG}")
        assert dict(roles_of(text))[name] == BOILERPLATE, name


@pytest.mark.parametrize("line,furniture", [
    ("About our editorials", True),
    ("To respond to an editorial, write to letters@example.co.uk. Letters may be edited for length.", True),
    ("Articles headed \"Our view\" are the opinion of the Example Mercury. They are unsigned.", True),
    ("'Our View' pieces are written by the Gazette's editorial team and set out the newspaper's position.", True),
    ("Editorials are the opinion of The Example Chronicle as a newspaper, agreed by the editor and senior staff.", True),
    ("Our view is that the editorial line was wrong.", False),
    ("We welcome your responses. Letters for publication should be no longer than 300 words.", True),
    ("Our comments are moderated. Please keep it civil and on topic.", True),
    ("The full rules (PDF, 9 pages) can be downloaded here.", True),
    ("The full list of winners was read out here on Saturday.", False),
    ("Example Critic visited unannounced and paid for all meals. Restaurants never see our reviews before publication.", True),
    ("Enjoyed this? Support independent music writing — become a Stave member from £3 a month.", True),
    ("Enjoyed this? The band certainly did.", False),
    ("GreenfingersGeoff · 9:14am, 3 May", True),
    ("Photo: the paddock behind the main kennel block, May 2024.", False),
    ("Photo: supplied by the family of the late Example Smith", True),
    ("Pictures: the night the storm hit the coast", True),
    ("Prices correct as of March 2025.", True),
    ("Prices correct as of March 2025. Materials for larger jobs are charged at cost plus 10%.", False),
    ("About Our View: Courier editorials represent the opinion of the newspaper, agreed by the editor.", True),
    ("Not sure if you're in our area? Drop us a message with your postcode.", True),
    ("Not sure if we should go? The forecast looks poor.", False),
    ("💬 WhatsApp us", True),
    ("Photo: Brown sugar milk tea with the syrup running down the side of the cup", False),
    ("Photo: Sarah Example for the Example Gazette", True),
    ("Pictures: Pancake race returns after a five-year break", True),
    ("Want to write for our Opinion page? Send up to 700 words to opinion@example.co.uk", True),
    ("Example Arts is free to read and relies on readers' support. Become a Friend from £3 a month.", True),
    ("Powered by a free blogging platform | Theme: Plainfield", True),
    ("Powered by steam, the engine reached the top of the incline.", False),
    ("Courier View articles represent the position of the newspaper, agreed by its editorial board.", True),
    ("Not sure if you're in our area? Pop your postcode in the box below.\nEnter postcode [ Check ]", True),
])
def test_furniture_lines_of_the_875th_to_924th_batches(line, furniture):
    assert boilerplate_line(line) is furniture


@pytest.mark.parametrize("heading", ["From the blog", "From our blog", "From the studio blog", "Related opinion", "More opinion"])
def test_section_headings_of_the_875th_to_924th_batches(heading):
    assert is_section_heading(heading)


# ------------------------------------------------------------------------------- 925th-960th batches
def test_a_forms_fields_joined_by_the_segmenter_over_its_send_button_are_the_form():
    for form in ("Get a quote\nName\nPhone or email\nMake and model\nWhat's wrong with it?\nSend",
                 "Your name *\nPhone number *\nWhat do you need help with?\nSend message"):
        text = f"{LONG}\n\n{form}\n\n{LONG}"
        roles = [role for line, role in roles_of(text) if line.strip() and line.strip() in form]
        assert roles and all(role == BOILERPLATE for role in roles), form
    # two prices over a booking button are no fields
    text = f"{LONG}\n\nFull service\nFrom £189\nInterim service\nFrom £129\nBook now\n\n{LONG}"
    assert any(role != BOILERPLATE for line, role in roles_of(text) if "£" in line)


def test_a_menu_among_the_first_blocks_needs_no_home_over_it():
    menu = "News\nSport\nWhat's On\nBusiness\nOpinion\nPublic Notices\nSubscribe"
    text = (f"The Example Echo\n\n{menu}\n\nSwimmers told to stay out of the river after sewage spills\n\n"
            f"By Jo Example\n\n{LONG}\n\n{LONG}")
    roles = [role for line, role in roles_of(text) if line.strip() in menu.split("\n")]
    assert len(roles) == 7 and all(role == BOILERPLATE for role in roles)
    # a box of scores has figures in its lines
    scores = "Food 8/10\nService 6/10\nAtmosphere 8/10\nValue 7/10"
    text = f"Example Arms, Exampleton\n\n{scores}\n\n{LONG}\n\n{LONG}"
    assert any(role != BOILERPLATE for line, role in roles_of(text) if "/10" in line)


def test_a_columnists_bio_may_say_who_they_are_before_what_they_write():
    text = (f"Learning Welsh at 52\n\nJo Example | Columnist\n\n{BODY}\n\n"
            "Jo Example is a former secondary school geography teacher who writes a fortnightly column "
            "for the Courier. His views are his own.\n")
    assert roles_of(text)[-1][1] == BOILERPLATE


def test_a_listing_may_give_each_shows_title_before_its_days_and_venue():
    lines = ["The Example Keeper's Wife by Jo Example – 16–19 October, Corn Exchange Studio",
             "Jack and the Beanstalk (pantomime) – 10–18 January, Example Memorial Hall",
             "Summer One-Act Festival – 20–21 June, Corn Exchange Studio"]
    assert listing_dates(lines) == {0, 1, 2}
    # titles with their dates alone are teasers, and an update's time is no venue
    assert listing_dates(["Green reopens for the season – 12 April 2025", "AGM: new committee elected – 14 March 2025"]) == set()
    assert listing_dates(["Update – Thursday 16 January, 14:00", "Update – Monday 13 January, 09:30"]) == set()


def test_a_blogs_byline_may_say_where_the_writer_is():
    assert is_byline("Posted on 3 March 2024 by Rhian at Top Example")


@pytest.mark.parametrize("line,furniture", [
    ("Commenting is subject to our community guidelines. Please be respectful.", True),
    ("This comment section is moderated. Comments that break our community rules will be removed.", True),
    ("Commenting is open to registered readers. Please keep it civil. Read our community guidelines.", True),
    ("Our community guidelines apply. Sign in or register to add your comment.", True),
    ("Comments are checked for spam before they appear. Read how we handle your data.", True),
    ("Commenting on the plans, the mayor said the town would benefit.", False),
    ("♥ 31 readers found this useful", True),
    ("Follow Example Notes by email: [ Enter your email ] [ Follow ]", True),
    ("Do you live or work in Example Cove and have you been affected by the closure? Get in touch at news@example.co.uk.", True),
    ("Do you live in the town? Many of our readers do.", False),
    ("We use a few cookies to see which reviews people read. Fine by me | No thanks", True),
    ("Manage cookies: We and our 143 partners use cookies to personalise content and ads. Accept | Reject | Options", True),
    ("Cookies help this blog work and show me which posts get read. Carry on browsing if you're happy with that. [OK]", True),
    ("We use a few tricks to keep the bread fresh.", False),
    ("The Upper Example Courier is published by Example Valley Newspapers Ltd and is a member of the Independent Press "
     "Standards Organisation.", True),
    ("Jo Example's meals are paid for by the Post and are never arranged in advance with the restaurant.", True),
    ("If you enjoyed this, you might like: Five herbs for a windowsill · My seed swap box, one year on", True),
    ("Quantity: [ 1 ]   Add to basket", True),
    ("Read all 112 reviews on Google (4.9 ★)", True),
    ("Supported by Example Town Council and the Example Arts Fund", True),
    ("Supported by: The Example Foundation · Example County Council · Example Timber Ltd", True),
    ("Supported by his family, he walked the length of the canal.", False),
    ("Latest from the journal: A frosty January wedding · Ten tips for a wet-weather wedding", True),
    ("From the blog: Ten things we've learned from forty years on the tarn", True),
    ("Box office: 01632 960 772 · example-playhouse.co.uk", True),
    ("Box office: we can sell tickets for your event through our online system for a 6% commission.", False),
    ("The Example Playhouse is the trading name of Example Dramatic Society Ltd, a registered charity (no. 1093847).", True),
    ("Margaret H. · 3 weeks ago", True),
    ("Stallholder, name and address supplied", True),
    ("Need help choosing? Chat with us ●", True),
    ("We chat with us all.", False),
    ("FREE local delivery on tank and cabinet orders over £150 within 10 miles of the shop", True),
    ("Follow Bramble, Pickle and friends on Instagram @example_walkies", True),
    ("Do you own property on the Example coast? Get in touch at newsdesk@example-courier.co.uk", True),
    ("Do you own a dog? Get in touch at hello@example-dogs.co.uk for a quote.", False),
    ("We do not publish anonymous letters, but will withhold names on request.", True),
    ("Sign the petition here → example-market.org.uk/petition", True),
    ("Sign the petition, she urged.", False),
    ("About me: I'm Hattie. I grow far too many courgettes on an allotment and bake whatever the garden gives me.", True),
    ("About me: not much to say.", False),
    ("Show key events only", True),
    ("Newsletter: The Example Daily – sign up for free", True),
    ("Newsletter: the club will print fewer copies this year.", False),
])
def test_furniture_lines_of_the_925th_to_960th_batches(line, furniture):
    assert boilerplate_line(line) is furniture


def test_a_forms_choices_between_slashes_are_one_of_its_fields():
    form = ("Name *\nEmail *\nPhone (optional)\nWhich voice part do you think you are? Soprano / Alto / Tenor / Bass / "
            "No idea!\nMessage\nSend")
    text = f"{LONG}\n\n{form}\n\n{LONG}"
    roles = [role for line, role in roles_of(text) if line.strip() and line.strip() in form]
    assert roles and all(role == BOILERPLATE for role in roles)


def test_a_sign_up_box_may_close_with_its_field_and_button_between_bars():
    box = "Get new reviews every Friday in The Example Table's weekly newsletter\nEmail address | Subscribe"
    text = f"{LONG}\n\n{LONG}\n\n{box}\n\n{LONG}"
    assert all(role == BOILERPLATE for line, role in roles_of(text) if line.strip() and line.strip() in box)


def test_a_blogs_archive_box_is_furniture_even_under_the_comments():
    box = "Archive\nMay 2024 (2)\nApril 2024 (3)\nMarch 2024 (1)"
    text = (f"{LONG}\n\n{LONG}\n\n3 comments\n\nJo Example · 2 days ago\nLovely post, thank you.\n\n{box}\n\n"
            "© 2024 Example Notes")
    assert all(role == BOILERPLATE for line, role in roles_of(text) if line.strip() and line.strip() in box)


def test_a_forms_note_under_its_send_button_in_the_same_block_is_the_forms():
    form = "Send us a message\nName*\nEmail*\nPhone\nVehicle registration\nYour message*\n[ Send enquiry ]\nWe aim to reply within one working day."
    text = f"{LONG}\n\n{form}\n\n{LONG}"
    assert all(role == BOILERPLATE for line, role in roles_of(text) if line.strip() and line.strip() in form)


def test_a_footer_may_be_told_by_the_firms_registration():
    footer = "Example Kitchen Ltd\nThe Old Dairy, Higher Example Farm\nExampleton, Somerset\nRegistered in England and Wales, company no. 07815532"
    text = f"{LONG}\n\n{LONG}\n\n{footer}"
    assert all(role == BOILERPLATE for line, role in roles_of(text) if line.strip() and line.strip() in footer)



# ------------------------------------------------------------------------------- 961st-970th batches
def test_a_columnists_bio_may_name_the_column_they_have_written():
    text = (f"In praise of the station buffet\n\nBy Jo Example\n\n{BODY}\n\n"
            "Jo Example has written the Gazette's Saturday column since 2009. Her views are her own.\n")
    assert roles_of(text)[-1][1] == BOILERPLATE


@pytest.mark.parametrize("line,furniture", [
    ("To comment, please sign in or register.", True),
    ("To comment on the plans, residents must write to the council.", False),
    ("This is the view of the Example Chronicle. Have your say: letters@example-chronicle.co.uk", True),
    ("This is the view of many residents, who say the road is too narrow.", False),
])
def test_furniture_lines_of_the_961st_to_970th_batches(line, furniture):
    assert boilerplate_line(line) is furniture


# ------------------------------------------------------------------------------- 971st-978th batches
def test_a_listing_may_give_each_events_title_after_a_dash():
    lines = ["Saturday 13 December, 7pm — Christmas Concert with Example Silver Band, St Example's Church. Tickets £12.",
             "Sunday 15 March, 3pm — Spring Songbook, Example Corn Exchange. Tickets £10."]
    assert listing_dates(lines) == {0, 1}
    # so the heading over them is the page's own, and the list is not a box of teasers
    text = f"{LONG}\n\nUpcoming concerts\n\n" + "\n".join(lines) + f"\n\n{LONG}"
    roles = dict(roles_of(text))
    assert roles["Upcoming concerts"] == HEADLINE
    assert all(roles[line] == PROSE for line in roles if line.startswith(("Saturday", "Sunday")))
    # one dated line alone is not a listing
    assert listing_dates(lines[:1]) == set()


def test_a_replys_replying_to_line_opens_its_text_under_its_header():
    text = (f"{LONG}\n\nComments (3)\n\nJo_Example · 3h\nSame story every time.\n\n"
            "example_mum · 1h\nReplying to Jo_Example\nIt's been like this for ten years. Write to your MP.\n\n"
            "Load more comments")
    roles = dict(roles_of(text))
    assert roles["Replying to Jo_Example"] == BOILERPLATE
    assert any(role == POST for line, role in roles.items() if line.startswith("It's been like this"))


def test_replying_to_a_named_reader_heads_a_reply_under_the_comments_heading():
    text = (f"{LONG}\n\nComments (27)    Sort by: Newest | Oldest\n\nJo Example\nEasy to say when you've got a house.\n"
            "👍 18   Reply\n\nReplying to J. Example\nThe plan says only 25 of the 120 would be affordable.\n👍 22   Reply")
    roles = dict(roles_of(text))
    assert roles["Replying to J. Example"] == BOILERPLATE
    assert roles["The plan says only 25 of the 120 would be affordable."] == POST
    # a sentence that opens with the same words is not a reply's header
    told = text.replace("Replying to J. Example\n", "Replying to the council's letter of 4 March, the group said it would appeal.\n")
    assert dict(roles_of(told))["Replying to the council's letter of 4 March, the group said it would appeal."] != BOILERPLATE


def test_a_commenters_name_may_say_whom_it_replies_to_over_the_date():
    text = (f"{LONG}\n\n12 comments\n\nRob_H\n2 days ago\nSpent nothing and the square was half empty.\nLike (17) · Reply\n\n"
            "ExampleBelle replied to Rob_H\n1 day ago\nIt was rammed till gone 8 where I was.\nLike (22) · Reply")
    roles = dict(roles_of(text))
    assert roles["ExampleBelle replied to Rob_H"] == BOILERPLATE
    assert roles["It was rammed till gone 8 where I was."] == POST


def test_a_commenters_says_line_may_carry_a_note_in_brackets():
    text = (f"{LONG}\n\n5 comments\n\nJo Example says:\n3 March 2025 at 9:40 pm\nFair point, and I share the frustration.\n\n"
            "Pete (Example Farm) says:\n4 March 2025 at 10:31 am\nCan confirm the road has been patched three times.")
    roles = dict(roles_of(text))
    assert roles["Pete (Example Farm) says:"] == BOILERPLATE
    assert roles["Can confirm the road has been patched three times."] == POST


@pytest.mark.parametrize("line,rating", [
    ("Food  4/5", True),
    ("Overall  ★★★★☆", True),
    ("Value: ★★★☆☆", True),
    ("Route  3/5", False),
    ("Service 3/5", False),
])
def test_a_critics_single_mark_may_follow_its_label_after_a_gap(line, rating):
    text = f"{LONG}\n\n{line}\n\n{LONG}"
    assert (dict(roles_of(text))[line] == RATING) is rating


def test_a_menus_last_item_is_not_a_heading_over_the_page_title():
    text = ("Example Parlour\n\nHome\nOur Menu\nAfternoon Tea\nFind Us\nContact\n\n"
            f"Afternoon Tea at Example Parlour\n\n{LONG}")
    assert dict(roles_of(text))["Afternoon Tea at Example Parlour"] != BOILERPLATE
    # a related box's heading at the end of a block of prose still heads its teasers
    boxed = f"{LONG}\n\nRelated stories\nBus route cut from January\nMarket trader retires\n\n{LONG}"
    assert dict(roles_of(boxed))["Market trader retires"] == BOILERPLATE


def test_a_firms_name_over_a_menu_copied_one_item_a_line_is_the_masthead():
    text = ("Example & Comb Mobile Hair | Exampleton Vale\n\nHome\nServices\nPrices\nReviews\nBook Now\n\n"
            f"Call or text Jo: 07700 900418\n\nMobile hairdressing in Exampleton\n\n{LONG}")
    assert roles_of(text)[0] == ("Example & Comb Mobile Hair | Exampleton Vale", BOILERPLATE)
    # over one short line, not a menu, the first line stays the page's title
    assert roles_of(text.replace("Home\nServices\nPrices\nReviews\nBook Now", "Home"))[0][1] != BOILERPLATE


def test_a_firms_name_under_a_cookie_notice_over_the_menu_is_the_masthead():
    text = ("We use cookies to improve your experience.\nAccept all | Manage preferences\n\n"
            "Example Valeting — Exampleton\n\nHome   Packages   Gallery   Reviews   Contact\n\n"
            f"Car valeting in Exampleton\n\n{LONG}")
    assert dict(roles_of(text))["Example Valeting — Exampleton"] == BOILERPLATE
    # without the cookie notice above it, a line under other furniture is not the masthead by this rule
    other = ("Skip to content\nSearch\n\nExample Valeting — Exampleton\n\nHome   Packages   Gallery   Reviews   Contact\n\n"
             f"Car valeting in Exampleton\n\n{LONG}")
    assert dict(roles_of(other))["Example Valeting — Exampleton"] != BOILERPLATE


def test_a_listings_specification_may_stand_between_bars():
    line = "Sleeps 5 | 3 bedrooms | 2 bathrooms | 1 dog welcome | Ref. EX-4417"
    assert not is_navigation(line) and not boilerplate_line(line)
    assert is_navigation("Home | Cottages | Sleeps 4 | Contact")
    # and a price over it is not a kicker over a title
    text = f"Example Agents\n\nBuy | Rent | Sell | Contact\n\nGuide price £385,000\n\n2 bedrooms | 1 bathroom | 2 reception rooms | Freehold\n\n{LONG}"
    assert dict(roles_of(text))["Guide price £385,000"] != BOILERPLATE


def test_the_crumbs_section_beside_the_pages_date_is_not_the_page_title():
    text = (f"Home › Opinion › Example View\n\nA tourist tax could be the making of Exampleton – but only if every penny of it stays here\n\n"
            f"Example View | Friday 6 June 2025, 6:00am\n\n{LONG}")
    assert dict(roles_of(text))["Example View | Friday 6 June 2025, 6:00am"] == BOILERPLATE


def test_share_this_over_its_buttons_one_a_line_is_furniture():
    text = f"{LONG}\n\nShare this:\nFacebook\nPinterest\nEmail\n\n{LONG}"
    assert all(role == BOILERPLATE for line, role in roles_of(text) if line in ("Facebook", "Pinterest"))


@pytest.mark.parametrize("line,furniture", [
    ("BREAKING  A000 ring road closed in both directions after lorry sheds load", True),
    ("Breaking  the law is an offence", False),
    ("Call now: 01632 960 418 (24 hours)", True),
    ("Call now if you see the man, police said.", False),
    ("📞 Tap to call", True),
    ("Tap to call him, she said, and he came.", False),
])
def test_furniture_lines_of_the_971st_to_978th_batches(line, furniture):
    assert boilerplate_line(line) is furniture


def test_share_this_article_over_its_icons_in_brackets_is_furniture():
    assert boilerplate_line("Share this article [f] [X] [in] [✉]")
    assert not boilerplate_line("Share this article: it matters.")


def test_other_local_news_heads_a_box_of_teasers():
    text = (f"{LONG}\n\n{LONG}\n\nOther local news\nExampleton man jailed for shed burglaries\n"
            f"Plans lodged for 40 homes on former dairy site\n\n© 2025 Example Courier")
    assert all(role == BOILERPLATE for line, role in roles_of(text) if line.startswith(("Exampleton man", "Plans lodged")))
    assert not is_section_heading("Other local news is on page 4.")


# ------------------------------------------------------------------------------- 979th-986th batches
def test_a_look_up_box_closed_by_its_field_and_button_in_brackets_is_furniture():
    box = "Check if I cover your postcode\n[ Enter postcode ]  [Check]"
    text = f"{LONG}\n\n{LONG}\n\n{LONG}\n\n{LONG}\n\n{box}\n\n{LONG}"
    assert all(role == BOILERPLATE for line, role in roles_of(text) if line.strip() and line.strip() in box)
    # a line of the page's own over one bracketed link is not such a box
    linked = "Our prices are set out in full on the next page.\n[ See prices ]"
    assert any(role != BOILERPLATE for line, role in roles_of(f"{LONG}\n\n{linked}\n\n{LONG}") if line.strip() in linked)


@pytest.mark.parametrize("line,furniture", [
    ("Trending: A00 roadworks · School admissions · Carnival route · Bin collections", True),
    ("Trending: the council says it will act on roadworks, bins and parking.", False),
    ("Basket (0)  £0.00    Sign in / Register", True),
    ("Example Arts Review CIC. Registered in England and Wales.", True),
    ("The CIC was set up in 2019 by three residents.", False),
    ("Your letters", True),
    ("LETTERS TO THE EDITOR", True),
    ("Letters to the editor are welcome on any subject.", False),
])
def test_furniture_lines_of_the_979th_to_986th_batches(line, furniture):
    assert boilerplate_line(line) is furniture


# ------------------------------------------------------------------------------- 987th-990th batches
def test_a_firms_name_and_trade_between_bars_over_the_menu_is_the_masthead():
    text = ("Example & Whisker | Dog Walking and Pet Sitting, Exampleton\n\n"
            "Home   Walks   Home Visits   Prices   Reviews   Contact\n\n"
            "⚠ Summer holidays: overnight house sitting is fully booked from 20 July to 1 September.\n\n"
            f"Dog walking in Exampleton\n\n{LONG}")
    assert roles_of(text)[0][1] == BOILERPLATE
    # with no menu under it, the same line is the page's title
    alone = text.replace("Home   Walks   Home Visits   Prices   Reviews   Contact\n\n", "")
    assert roles_of(alone)[0][1] == HEADLINE


def test_a_papers_name_may_join_its_places_with_an_ampersand():
    text = ("Menu   Search   Sign in\n\nThe Exampleton & District Echo\n\n"
            "News | Sport | What's On | Property | Jobs\n\nSchool bans homework\n\n" + LONG)
    assert dict(roles_of(text))["The Exampleton & District Echo"] == BOILERPLATE


@pytest.mark.parametrize("line,furniture", [
    ("Advertisements", True),
    ("5 min read   🔗 Share   X   f   ✉", True),
    ("Featured in: Example Weddings Magazine  |  Example Supplier of the Year 2024 finalist", True),
    ("Featured in: the report listed five towns.", False),
])
def test_furniture_lines_of_the_987th_to_990th_batches(line, furniture):
    assert boilerplate_line(line) is furniture


# ------------------------------------------------------------------------------- 991st-998th batches
def test_a_blogs_archive_box_may_close_with_its_drop_downs_label():
    box = "Archive\nOctober 2024 (2)\nSeptember 2024 (3)\nAugust 2024 (1)\nSelect Month"
    text = f"{LONG}\n\n{LONG}\n\n{box}\n\n© 2024 Example Notes"
    assert all(role == BOILERPLATE for line, role in roles_of(text) if line.strip() and line.strip() in box)
    # a closing line that is not the drop-down's keeps the box from being read as one
    other = box.replace("Select Month", "We walked every one of these months.")
    assert any(role != BOILERPLATE for line, role in roles_of(f"{LONG}\n\n{LONG}\n\n{other}\n\n© 2024 Example Notes")
               if line.strip() == "We walked every one of these months.")


def test_a_comment_forms_block_may_hold_furniture_lines_among_its_fields():
    form = ("Leave a Reply\nYour email address will not be published. Required fields are marked *\nComment *\nName *\n"
            "Email *\nWebsite\nSave my name, email, and website in this browser for the next time I comment.\nPost Comment")
    text = f"{LONG}\n\n{LONG}\n\n{form}\n\n{LONG}"
    assert all(role == BOILERPLATE for line, role in roles_of(text) if line.strip() and line.strip() in form)


def test_a_sign_up_boxs_field_and_button_may_have_its_subscriber_count_under_them():
    box = ("Subscribe by email\nEnter your email address to get new posts straight to your inbox.\n"
           "[ Email address ] [ Subscribe ]\nJoin 1,284 other subscribers")
    text = f"{LONG}\n\n{LONG}\n\n{LONG}\n\n{box}\n\n{LONG}"
    assert all(role == BOILERPLATE for line, role in roles_of(text) if line.strip() and line.strip() in box)


def test_comments_under_their_house_rules_are_comments_not_teasers():
    text = (f"{LONG}\n\n{LONG}\n\nRelated\nCouncil sets out plan for junction\nFrom our archive: fountain moved in 1931\n\n"
            "Have your say. Comments are subject to our house rules.\n\n"
            "ExampleMum · 3 days ago\nPut a proper crossing in and leave the fountain.\n\nLoad more comments")
    assert dict(roles_of(text))["Put a proper crossing in and leave the fountain."] == POST


def test_a_name_over_its_address_after_the_comments_is_not_a_comment():
    text = (f"{LONG}\n\nLeave a comment\nYour email address will not be published.\n\n"
            "Example Lawn Tennis Club\nMill Lane, Exampleton, Wiltshire\n\nPrivacy policy | Safeguarding | Site map")
    assert dict(roles_of(text))["Mill Lane, Exampleton, Wiltshire"] != POST


def test_a_comments_date_line_may_say_whom_it_replies_to():
    text = (f"{LONG}\n\n4 comments\n\nExampleRealist\n2 days ago\nHalf of it is cheap rubbish anyway.\n\n"
            "Fi_M\n1 day ago · Replying to ExampleRealist\nAgree about the manufacturers!")
    roles = dict(roles_of(text))
    assert roles["Fi_M"] == BOILERPLATE and roles["Agree about the manufacturers!"] == POST


def test_a_papers_name_over_its_menu_and_a_consent_banner_is_the_masthead():
    text = ("The Example Courier\n\nNews | Sport | What's On | Health | Jobs\n\n"
            "We value your privacy. We and our 143 partners store and access information on your device, such as "
            "cookies, to personalise ads and content. Accept all | Reject all | More options\n\n"
            f"Home › News › Health\n\nChildren's ward reopens after £3.2m refit\n\n{LONG}")
    assert roles_of(text)[0] == ("The Example Courier", BOILERPLATE)


@pytest.mark.parametrize("line,furniture", [
    ("Our View represents the opinion of The Courier, not necessarily that of individual writers.", True),
    ("Members' area: Log in", True),
    ("💬 Chat with us on WhatsApp", True),
    ("Privacy and cookies: this blog uses cookies. If you carry on browsing, we'll take that as a yes.", True),
    ("Join 1,284 other subscribers", True),
    ("Join 1,284 other residents at the meeting on Friday.", False),
])
def test_furniture_lines_of_the_991st_to_998th_batches(line, furniture):
    assert boilerplate_line(line) is furniture


# ------------------------------------------------------------------------------ 999th-1002nd batches
@pytest.mark.parametrize("line,furniture", [
    ("Photo: Example and Sooty, the guinea pigs who have lived in the shop since 2021 (not for sale!)", False),
    ("Photo: Example Twist in 'Oatmeal', fitted on the stairs and landing of a village cottage.", False),
    ("Photo: Jo Example / Example Courier", True),
    ("Photo: Jo Example, courtesy of the family archive", True),
    ("Photograph: Jo Example for the Example Courier. Food styling: Sam Example.", True),
])
def test_a_pictures_caption_after_its_label_is_content_and_its_credit_furniture(line, furniture):
    assert boilerplate_line(line) is furniture


def test_popular_posts_heads_a_blogs_teasers():
    assert is_section_heading("Popular posts")
    assert not is_section_heading("Popular posts this week were about bins.")


# ------------------------------------------------------------------------------ 1003rd-1046th batches
@pytest.mark.parametrize("line,furniture", [
    ("🛒 Basket (0)   Sign in", True),
    ("🛒 The basket was full of apples from the orchard.", False),
    ("Book now: 01632 960 418", True),
    ("Book now to avoid disappointment, the organisers said.", False),
    ("To find out more, including how to control cookies, see here: Cookie Policy", True),
    ("As an affiliate we may earn a small commission on purchases made through links on this site.", True),
    ("As an affiliate, the shop earns nothing from the scheme.", False),
    ("Information on this website is not a substitute for medical advice. If you are hurt, see your GP.", True),
    ("Sports massage is not a substitute for medical care, the therapist said.", False),
    ("Leave a review", True),
    ("Leave a review of the show on the festival's page by Friday.", False),
    ("Availability calendar – select your arrival date", True),
    ("Key: ■ Booked □ Available ◩ Changeover day", True),
    ("Availability is limited in August, the owners said.", False),
    ("Older comments", True),
    ("Older comments were removed by the moderators.", False),
    ("Members' area (login)", True),
    ("We won't publish your email address. Fields marked * must be filled in.", True),
    ("Tom E. (Laser sailor) · 14 March 2025", True),
    ("Reply from Example Water SC · 3 March 2025", True),
    ("Letters may be edited for length. Send yours to letters@example.org or to Courier House, 1 Example Street, "
     "Exampleton EX1 1AA, including your full name, address and a daytime phone number.", True),
    ("As featured in Example Bride magazine · Member of the Example Vale Wedding Collective", True),
    ("As featured in the Courier last year, the bakery has since doubled its staff.", False),
    ("Read all 212 reviews on Google (average rating 4.8)", True),
    ("Latest news: We're recruiting two apprentice scaffolders for September – read more", True),
    ("Club News: Spring Foursomes draw published · Captain's Charity Day entries open", True),
    ("Latest news: the council has confirmed the closure.", False),
    ("Heating packed up? Call 07700 900214 - we answer until 10pm, seven days a week.", True),
    ("Names and small details have been changed. Views are my own and not those of my employer.", True),
    ("Views here are my own and not those of my station.", True),
    ("My views are my own, the mayor said.", False),
    ("Posted on 17 February 2025 by Bev (the one at the desk) · 9 min read", True),
    ("Free local collection on repairs within 10 miles of Exampleton — call 01632 960418", True),
    ("Free delivery within 15 miles on orders over £300. Beyond that we charge £1 a mile.", False),
    ("Members of the Example Funeral Directors' Guild", True),
    ("Members of the council voted against the plan.", False),
    ("★★★★★ Google rating 4.9 from 212 reviews", True),
    ("To comment you must be signed in. Sign in | Register", True),
    ("Views are her own and not those of the club.", True),
])
def test_furniture_lines_of_the_1003rd_to_1046th_batches(line, furniture):
    assert boilerplate_line(line) is furniture


def test_a_listing_copied_one_event_a_line_in_one_block_is_not_a_teaser_box():
    listing = ("Saturday 14 June: Example Textiles Fair in the courtyard, 10am – 4pm, free entry\n"
               "Thursday 3 July: Valuation day, 10am – 1pm\nSunday 27 July: Record swap, 11am – 3pm")
    roles = dict(roles_of(f"{LONG}\n\nUpcoming events\n\n{listing}\n\n{LONG}"))
    assert roles["Upcoming events"] == HEADLINE
    assert all(roles[line] == PROSE for line in listing.split("\n"))
    # two lines on the same day are a timetable's, not a listing of events on different days
    same_day = "Saturday 14 June: doors open, 10am\nSaturday 14 June: raffle drawn, 3pm"
    roles = dict(roles_of(f"{LONG}\n\nUpcoming events\n\n{same_day}\n\n{LONG}"))
    assert roles["Upcoming events"] != HEADLINE


@pytest.mark.parametrize("line,furniture", [
    ("Follow by email: enter your email address to receive notifications of new posts. Follow", True),
    ("Follow the river by email: no.", False),
    ("☰ Menu    🛒 Basket (0)", True),
    ("Letters published in the Courier do not necessarily reflect the views of the newspaper.", True),
    ("The minister said the comments do not necessarily reflect the views of the government.", False),
    ("Posted on 9 November 2024 by Jo Example, churchwarden", True),
    ("If you've enjoyed this, you can buy me a coffee ☕ Supply teachers don't get paid over half-term.", True),
    ("Proudly powered by Examplepress.", True),
    ("Powered by steam, the engine climbed the hill.", False),
    ("Buy from our partner bookshop (we may earn a small commission)", True),
    ("Words and photos: Jo Example", True),
    ("© 2024 Example Mobile Ltd. Company no. 10482276. Apple, iPhone, Samsung and Google Pixel are trademarks of their "
     "respective owners. Example Mobile is an independent repairer.", True),
    ("Call 01632 960418 or 07700 900362 · Open 8am-7pm, seven days a week", True),
    ("★★★★★ 4.9 out of 5 · based on 212 Google reviews", True),
    ("Ticket prices correct at time of publication.", True),
    ("Local Democracy Reporters are funded by the BBC and write about local authorities. Their stories are shared "
     "with media outlets across the UK.", True),
    ("We are committed to the Editors' Code of Practice. To make a complaint about our coverage, use the Complaints "
     "link above.", True),
    ("We are committed to the highest standards, the council said.", False),
    ("Follow Notes from the Example Ward by email", True),
    ("Follow the Thames path by email updates.", False),
    ("About us | Contact | Advertise | Buy a photo | Terms | Privacy | Cookie settings | This newspaper follows the "
     "Editors' Code of Practice", True),
    ("This guidance is general and does not constitute legal advice. Please check with the Environment Agency.", True),
    ("This guidance is general, the minister said.", False),
    ("★★★★★ 4.8 on Google · 212 reviews", True),
    ("Shopped with us? Leave us a review on Google or drop a card in the box by the till.", True),
    ("Leave us a review on Google", True),
    ("Why did nobody leave a review? Because the food was awful.", False),
    ("Our community guidelines: be respectful, stay on topic and don't post anything you wouldn't say to someone's "
     "face. Comments are moderated.", True),
    ("Our community guidelines say little about it, the council admitted.", False),
    ("★★★★★ Rated 4.9 from 212 reviews on Google", True),
])
def test_more_furniture_lines_of_the_1003rd_to_1046th_batches(line, furniture):
    assert boilerplate_line(line) is furniture


def test_a_sign_up_box_copied_as_one_block_is_furniture_with_its_title():
    box = "Join our lunch list\nWeekly specials and the odd free brownie, straight to your inbox.\nEmail address  [ Subscribe ]"
    roles = dict(roles_of(f"{LONG}\n\n{LONG}\n\n{box}\n\n{LONG}"))
    assert all(roles[line] == BOILERPLATE for line in box.split("\n"))
    # without the form, the same lines are the page's own
    text = f"{LONG}\n\n{LONG}\n\nThe Friday lunch club\nWeekly specials and the odd free brownie.\nBooking is essential.\n\n{LONG}"
    assert dict(roles_of(text))["The Friday lunch club"] != BOILERPLATE


def test_from_the_journal_heads_a_sites_teasers():
    assert is_section_heading("From the journal")
    assert not is_section_heading("From the journal of a country vicar")


def test_a_forms_row_of_bracketed_choices_is_one_of_its_fields():
    form = ("Name*\nPhone*\nEmail\nPostcode*\nI'm interested in: [ Windows ] [ Doors ] [ Bi-folds ] [ Other ]\n"
            "SEND MY REQUEST")
    roles = dict(roles_of(f"{LONG}\n\nGet a free quote\n\n{form}\n\n{LONG}"))
    assert roles["I'm interested in: [ Windows ] [ Doors ] [ Bi-folds ] [ Other ]"] == BOILERPLATE
    # one bracketed word in a sentence is not a row of choices
    assert dict(roles_of(f"{LONG}\n\nThe menu says: [ sic ] twice, which is odd.\n\n{LONG}")).get(
        "The menu says: [ sic ] twice, which is odd.") != BOILERPLATE


# ------------------------------------------------------------------------------ 1047th-1072nd batches
@pytest.mark.parametrize("line,furniture", [
    ("LATEST: Flood warnings remain in place for the lower Example estuary until 6pm Tuesday", True),
    ("Latest: the council has confirmed it.", False),
    ("If you enjoyed this review, you can buy us a coffee.", True),
    ("FREE home survey within 20 miles of Exampleton — call 01632 960418 or book online", True),
    ("Free home survey and written quote", False),
    ("★★★★★ 4.9 out of 5, based on 318 reviews", True),
    ("Google Reviews ★★★★★ 4.9 (186 reviews)", True),
    ("Do you have a relative named on Exampleton war memorial? We'd love to hear their story. Email "
     "newsdesk@example.co.uk", True),
    ("Cookies: this blog counts visits using cookies. Carry on reading and we'll take that as a yes. [Close and accept]",
     True),
    ("Sorry, we couldn't load this post. View on X", True),
    ("Sorry, this video cannot be displayed.", True),
    ("Sorry, we could not load the lorry in time, the driver said.", False),
    ("Gazette poll: Should Example Gardens become a car park?", True),
    ("The poll: should we worry?", False),
    ("Snap poll: who won the debate?", False),
    ("Yes 31%   No 64%   Not sure 5%", True),
    ("Labour 31%   Reform 64%", False),
    ("Call or WhatsApp 07700 914 362 (Mon–Sat, 8am–6pm)", True),
    ("Auto-update: ON", True),
    ("Compiled by the letters editor | Thursday 17 October 2024 | 6 min read", True),
    ("Compiled by the council, the list runs to ten pages.", False),
    ("If this post helped you, you can buy me a coffee ☕", True),
])
def test_furniture_lines_of_the_1047th_to_1072nd_batches(line, furniture):
    assert boilerplate_line(line) is furniture


def test_comment_counts_may_ask_readers_to_sign_in_and_visitors_may_comment():
    for marker in ("14 comments · Sign in to comment", "Visitor comments (14)"):
        text = (f"{LONG}\n\nMore from Opinion\nOur view: the bypass needs a decision\nLetters: parking charges\n\n{marker}\n\n"
                "ExampleMum2 · 14 Mar\nMy daughter's classes are already 31. Where are 600 more going to go?\n\n"
                "Show more comments")
        assert dict(roles_of(text))["My daughter's classes are already 31. Where are 600 more going to go?"] == POST, marker


def test_a_listing_one_event_a_paragraph_under_its_heading_is_not_a_teaser_box():
    lines = ["Sat 21 September: picking morning, 10am", "Sun 13 October: Apple Day, 11am to 4pm",
             "Sat 7 December: winter pruning workshop (booking essential), 10am"]
    roles = dict(roles_of(f"{LONG}\n\nUpcoming events\n\n" + "\n\n".join(lines) + f"\n\n{LONG}"))
    assert roles["Upcoming events"] != BOILERPLATE and all(roles[line] != BOILERPLATE for line in lines)


def test_other_trips_over_dated_lines_is_still_a_teaser_box():
    lines = ["Saturday 19 July: Example Roman villa and the lane excavations",
             "Sunday 7 September: Churches and holy wells of the upper valley"]
    roles = dict(roles_of(f"{LONG}\n\nOther trips this season\n\n" + "\n\n".join(lines) + f"\n\n{LONG}"))
    assert all(roles[line] == BOILERPLATE for line in lines)
