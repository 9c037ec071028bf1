"""Patterns and word lists for HTML extraction (faultline.extract.html), kept apart from code.

Every entry here is data: a regex or a word that decides what counts as page clutter, a byline,
a role or a date field. Change behaviour here, not in html.py.
"""

from __future__ import annotations

import re

_I = re.IGNORECASE


def _words(text: str) -> frozenset[str]:
    """A word list written as one whitespace-separated string, for readability."""
    return frozenset(text.split())


# Post-cleaning: a paragraph that survived trafilatura but is page clutter, with its kind.
# Each pattern must match at the paragraph's start (re.match), and only paragraphs of at most
# CLUTTER_MAX_WORDS words are tested (a donation appeal, which runs longer, up to
# APPEAL_MAX_WORDS), so a long news paragraph that mentions "cookies" or a "newsletter" is
# never removed. The patterns are written in lower case and matched against
# the lower-cased paragraph (quicker than case-blind patterns). Share prompts count as
# navigation, follow prompts as notifications (they ask the reader to subscribe to a channel).
# Each kind's entry is (kind, gate, pattern): when the gate is given, the pattern is only tried
# on a paragraph holding one of its strings, one the pattern cannot match without (a substring
# test is far quicker than a pattern that may start its phrase anywhere in the first 200
# characters, the cost of post-cleaning).
CLUTTER_MAX_WORDS = 60
# A donation appeal runs longer than other clutter (a pitch of several sentences: "The Review
# is a non-profit project kept alive by reader donations ... we need your help to keep it
# thriving ... give a one-off donation"): up to this many words, it alone is still tried.
APPEAL_MAX_WORDS = 80
LONG_CLUTTER_KINDS = frozenset({"donation_appeal"})
# One e-mail address, @handle or link (with or without its scheme), in lower case.
_CONTACT = r"(?:[\w.+-]+@[\w-]+(?:\.[\w-]+)+|@\w{2,}|(?:https?://)?[\w-]+(?:\.[\w-]+)+(?:/\S*)?)"
CLUTTER: tuple[tuple[str, tuple[str, ...] | None, re.Pattern[str]], ...] = (
    (
        # an appeal, not any mention: "Donate today", "please donate", "support our journalism"
        "donation_appeal",
        (
            "donat",
            "contribution",
            "support",
            "become a",
            "readers like you",
            "chip in",
            "if you",
            "your help",
        ),
        re.compile(
            r"(please )?donate( now| today)?\s*[!.]?\s*$|support our (mission|work|newsroom)\b|"
            r".{0,200}(\bdonate (now|today|to us)\b|\bplease donate\b|"
            r"\bmake a (donation|contribution)\b(\s*[!.]?\s*$| (now|today|to (us|our))\b)|"
            r"support (our|independent|quality|local|nonprofit|non-profit) (journalism|"
            r"reporting|newsroom)|become an? (member|supporter|patron|subscriber)\b|"
            r"your (support|donation|contribution) (makes|helps|allows|keeps|means)|"
            r"(rely|depend)s? on (the support of )?readers like you|chip in\b|"
            r"(we|i) need your (help|support) to keep\b|"
            r"if you (enjoyed|liked|value|appreciate) (this|our) (article|story|piece|"
            r"journalism|reporting)\b.{0,80}\b(join|support|subscribe|become|donate))",
        ),
    ),
    (
        # a prompt, not any mention: a "Newsletter" heading, a paragraph that opens by asking
        # the reader to sign up, or one offering mail "delivered to your inbox"
        "newsletter",
        ("newsletter", "inbox", "sign up", "subscribe"),
        re.compile(
            r"((join|subscribe to|sign up for|get) )?((our|the) )?([\w'’&-]+ ){0,3}"
            r"newsletters?\s*[!.:]?\s*$|"
            r"((click|tap) here to |please )?(sign up|subscribe|join|register)\b.{0,60}"
            r"\b(our|the|this)\b.{0,40}\bnewsletters?\b|"
            r".{0,200}\b(delivered (straight |directly |right )?to your inbox|"
            r"(straight|directly|right) to your inbox\s*[!.]?\s*$|"
            r"(sign up|subscribe)\b.{0,60}\b(to|in) your inbox|"
            r"(enter|your) (your )?e-?mail( address)?\b.{0,40}\b(sign up|subscribe)|"
            r"(sign up|subscribe) (for|to) (our|the) (daily|weekly|free|morning|evening)\b)",
        ),
    ),
    (
        "cookie",
        ("cookie",),
        re.compile(
            r".{0,120}\bcookies?\b.{0,120}\b(consent|accept|policy|settings|preferences|"
            r"browsing experience|we use|this (site|website) uses)",
        ),
    ),
    (
        "comments",
        None,
        re.compile(
            r"(\d+\s+)?(comments?|replies)\s*$|(join|start) the (conversation|discussion)|"
            r"(leave|post|add|write) a (comment|reply)|(show|view|load|read|see) (all )?"
            r"(\d+ )?comments|be the first to comment|comments (are|have been) (closed|"
            r"disabled)|have your say\b|what do you think\?\s*$",
        ),
    ),
    (
        # the comment section's house rules: "Note: we are moderating all comments ...",
        # "Read our Comment Policy before posting."
        "comments",
        ("comment",),
        re.compile(
            r".{0,120}\b(comments? (are|is|will be) (being )?moderated|moderat\w* (all )?"
            r"(\w+ )?comments|comment(ing)? (policy|guidelines))\b",
        ),
    ),
    (
        "account",
        None,
        re.compile(
            r"(sign in|log ?in|register|create (a |an |your )?(free )?account)\b.{0,80}$|"
            r"already (a subscriber|have an account|registered)|"
            r"you have (reached|\d+) .{0,40}free (articles?|stories)|"
            r"subscribe (now|today) (to|for)\b.{0,80}(access|read)|"
            r"(sign up|subscribe)( now| today| here| for free| to us)?\s*[!.]?\s*$|"
            r"this (article|story|content|post) is (exclusive|only available|available only) "
            r"to\b.{0,60}\b(subscribers|members)\b",
        ),
    ),
    (
        "notification",
        None,
        re.compile(
            r"((sign up|subscribe|turn on|enable|get) .{0,40}\b(alerts?|notifications?|push "
            r"notifications?)\b|follow (us|@\w+|[\w .]{1,40}) on (twitter|x|facebook|"
            r"instagram|linkedin|telegram|youtube|tiktok|threads|bluesky|mastodon|whatsapp|"
            r"google news)\b|(click here to )?(get|download|install) (our|the) .{0,40}\bapp\b|"
            r"subscribe to .{0,40}\b(youtube|channel|podcast)\b|"
            r"(like|find) us on facebook|"
            r"(would you like|do you want) to (receive|get) (notifications|alerts|updates)\b"
            r".{0,60}$)",
        ),
    ),
    (
        "archive_note",
        None,
        re.compile(
            r"((editor['’]?s['’]? note:\s*)?this (article|story|piece|content) (is more than|"
            r"is over|was (first |originally )?published|(first|originally|also) appeared)|"
            r"from the archives?\b|"
            r"(this is )?an archived (article|story)|archived (article|story|content)\b)",
        ),
    ),
    (
        # a notice ("Copyright © 2025 ...", "Copyright 2019 AP", "Copyright by ..."), or a
        # footer's link to one ("Copyright Policy"); not a heading or a sentence that opens
        # with the word ("Copyright complexity in a fragmented world", "Copyright law says")
        "copyright",
        ("©", "(c)", "copyright", "all rights reserved"),
        re.compile(
            r"(©|\(c\)\s|copyright\s*(©|ⓒ|\(c\)|\d{4}|by\b|[|:]|$)|"
            r"copyright (infringement|policy|notice|information)\s*\|?\s*$)|"
            r".{0,80}\ball rights reserved\b"
        ),
    ),
    (
        "legal",
        ("material may not", "may not be", "terms ", "privacy policy", "commission", "disclosure:"),
        re.compile(
            r"(this material may not be (published|reproduced)|.{0,80}\bmay not be "
            r"(published|reproduced), broadcast|terms (of|and) (use|service|conditions)\s*$|"
            r"privacy policy\s*$|.{0,120}\b(we|may) (may )?earn (a|an) (affiliate )?"
            r"commission\b|(affiliate )?disclosure:.{0,150}\b(affiliate|commission|earn|compensat|"
            r"sponsor|paid|partner))",
        ),
    ),
    (
        # a disclosure notice: "This post contains affiliate links.", "Advertiser Disclosure"
        "legal",
        ("affiliate", "sponsored", "disclosure", "expressed", "disclaimer"),
        re.compile(
            r"(also, )?(this|the) (post|article|page|story|review|content) (also )?(contains|may "
            r"contain|includes|may include) (affiliate links|sponsored content|paid links)\b"
            r".{0,100}$|(advertiser|affiliate|advertising) disclosure\s*$|"
            # an opinion page's or a guide's disclaimer: "The views expressed ... are their own"
            r"(the )?(views|opinions) (and opinions )?expressed\b.{0,120}\b(are (solely )?(their|"
            r"his|her|the authors?'?s?) own|do not necessarily (reflect|represent))\b|"
            r"disclaimer:\s.{0,80}\b(intended|meant) (only )?(for|as) (general )?(informational|"
            r"educational)\b",
        ),
    ),
    (
        # an advertisement's label left where the advertisement was
        "advertisement",
        None,
        re.compile(
            r"(advertisement|advertising|sponsored( content)?|ad)\s*[-–—:]?\s*$|"
            r"(scroll|continue) (down )?(to|for) (more|continue)( content)?\s*$|"
            r"(story|article) continues below( advertisement)?\s*$"
        ),
    ),
    (
        # a pointer to another page written as a line of its own: "Read our full Acer Swift 16
        # review", "For a closer look, read our in-depth guide."
        "related",
        ("read our",),
        re.compile(
            r".{0,60}\bread our (full|complete|in-depth|detailed|latest) [^.!?]{0,80}\b(review|"
            r"guide|coverage|story|report|explainer|analysis|interview)\b[^.!?]{0,40}[.!?]?\s*$",
        ),
    ),
    (
        "navigation",
        None,
        re.compile(
            r"(skip to (main )?(content|navigation)|back to top\b|(share|tweet) (this|on|"
            r"via)\b.{0,60}$|click to (share|print|email)|print (this )?(page|article)\s*$|"
            r"click (to|and) tweet\s*$|e-?mail this (article|story|page)|"
            r"(next|previous) (article|story|post)\b.{0,100}$|"
            r"home\s*[>»›/|]\s*\S.{0,120}$|(tags?|topics?|filed under)\s*:.{0,200}$|"
            r"share\s*$|copy link\s*$|home\s*$|"
            # a reading-time label left alone ("16 min read", "3 MIN. READ")
            r"(\d+\s*[-–]?\s*)?min(ute)?s?\.?\s+read( time)?\s*$|"
            # an audio player's label ("Listen to this article", "Listen to this story 4 min")
            r"listen to this (article|story)\b.{0,60}$|"
            r"watch (the )?(video|now)( here)?\s*[>»]?\s*$|"
            # the heading of a table of contents whose links the extraction dropped
            r"((table of )?contents|in this (article|post|guide|story)|jump to( section)?|"
            r"on this page)\s*:?\s*$)",
        ),
    ),
    (
        # a web form's status lines, shown or hidden by its script: "Thank you! Your
        # submission has been received!", "Oops! Something went wrong while submitting"
        "navigation",
        ("thank", "oops"),
        re.compile(
            r"(thank you|thanks)[!.,]?\s+your (submission|message|form|request) (has been|was|is) "
            r"(received|submitted|sent)\b.{0,80}$|"
            r"oops[!.,]?\s+something went wrong\b.{0,100}$",
        ),
    ),
    (
        # the reporting credit under a story: "Jane Roe contributed to this report."
        "credit",
        ("contribut", "editing by", " by"),
        re.compile(
            r".{0,300}\b(contributed|contributing)\b.{0,40}\bto this (report|story|article)\b"
            r"[.)]?\s*$|.{0,200}\bcontributed reporting\b.{0,80}$|"
            r"\(?(additional )?(reporting|writing) by\b[^()]{0,150}\bediting by\b[^()]{0,100}"
            r"\)?\s*$|"
            # a byline's label left alone when the name beside it is a link or a card
            r"(written|reviewed|edited|fact[- ]checked|medically reviewed) by\s*:?\s*$",
        ),
    ),
    (
        # the author's contact line under a story: only e-mail addresses, handles and links
        # ("jane.roe@gazette.example twitter.com/janeroe"); one @ or / at least, so that a
        # bare name with a dot in it ("Node.js") is never one
        "credit",
        ("@", "/"),
        re.compile(r"(?=[^@/]*[@/])" + _CONTACT + r"(?:[\s|,;·•]+" + _CONTACT + r")*[\s.]*$"),
    ),
    (
        "caption",
        ("photo", "image", "picture", "illustration", "video", "(", "icon", "graphic", "animation"),
        re.compile(
            r"((photo|photograph|image|picture|illustration|video|file photo)( credits?| "
            r"by)?\s*[:|/©].{0,200}$|.{0,250}\((photo|image|picture|credit)[^)]{0,80}\)\s*$|"
            r".{0,250}\b(photograph|photo): [^.]{0,80}$|"
            r"(some |all )?(images?|photos?|photographs?|pictures?)( used)? (under licen[cs]e|"
            r"courtesy( of)?)\b.{0,100}$|"
            r"(icons?|illustrations?|graphics?|animations?) by( [^\s.]+){1,4}\s*$)",
        ),
    ),
)

# A picture's credit line left alone (html.is_photo_credit): one to four capitalised words
# (a name, or two joined by "and"/"&"), a slash or "for", then the outlet or a picture
# agency, and nothing after but a list of sources or notes (PHOTO_CREDIT_TAIL).
PHOTO_CREDIT = re.compile(
    r"(?:[A-Z][\w.'’-]*(?:\s+|\s*(?:and|&)\s*)){0,3}[A-Z][\w.'’-]*\s*(?:/|\s\bfor\b)\s*"
)
PHOTO_CREDIT_MAX_WORDS = 40
PHOTO_CREDIT_TAIL = ";,(|"
PICTURE_WORD = re.compile(r"^\s*(photos?|images|pictures)\b", _I)  # "AP Photo", "Getty Images"
PICTURE_AGENCIES = (
    "reuters",
    "afp",
    "ap",
    "getty images",
    "epa",
    "bloomberg",
    "shutterstock",
    "alamy",
    "istock",
    "anadolu",
    "nurphoto",
    "sipa",
    "xinhua",
)

# A wire service's slug line left atop syndicated copy ("AP-US--Election, 4th Ld-Writethru"),
# kind "wire_slug"; its capitals are what tell it, so it is matched as written.
WIRE_SLUG = re.compile(
    r"[A-Z]{2,3}-[A-Z]{2,4}-{1,2}[A-Za-z0-9-]+,\s*(\d+(st|nd|rd|th)\s+)?"
    r"(Ld|Add|Writethru|Advisory|Correction|Urgent|Sub|Insert)\b.{0,40}$"
)

# A share button's label that trafilatura leaves glued to the end of the paragraph it shares
# ("… the space-time continuum.Click To Tweet", WordPress's click-to-tweet boxes): cut off,
# and reported as navigation.
SHARE_SUFFIX = re.compile(r"\s*\bclick (?:to|and) tweet$", _I)

# A "Read more" block: the paragraph itself is related-content, and when it is only the heading
# ("Related stories", "Read more:") the short link-like paragraphs after it are too.
RELATED = re.compile(
    r"(read (more|also|next)|related( articles?| stories| coverage| content| posts?| links?| "
    r"reading| news)?|see also|more on (this|that)( story| topic)?|more from\b|"
    r"recommended( for you| reading| stories)?|you (may|might) (also )?(like|enjoy|be interested)|"
    r"also read|don'?t miss|must read|most (read|popular|viewed)|further reading|"
    r"trending( now| stories)?|latest (news|stories|articles)|explore (further|more)|"
    r"more (by (this|the) (author|contributor|writer|reporter)|news|stories)|"
    r"follow (\w+'s )?(full |complete |our |more )?coverage|"
    # the same labels in other languages news pages are written in (Italian, German, French,
    # Spanish, Portuguese, Dutch, Russian, Korean, Japanese, Chinese)
    r"leggi (anche|pure)|articoli correlati|potrebbe interessarti|lesen sie (auch|mehr)|"
    r"mehr zum thema|das könnte sie auch interessieren|weitere artikel|(à )?lire (aussi|également)|"
    r"voir aussi|sur le même sujet|articles similaires|lee también|leer más|"
    r"te puede interesar|(noticias|artículos) relacionad[oa]s|le?ia (também|mais)|"
    r"veja também|notícias relacionadas|lees (ook|meer)|gerelateerde artikelen|"
    r"читайте (также|еще|ещё)|смотрите также|по теме|관련\s?기사|関連記事|相关(阅读|新闻|文章)|"
    r"延伸阅读)\b",
    _I,
)
# A paragraph wholly in parentheses or brackets that opens with a RELATED phrase is a link to
# another story ("(Read more: <headline>)", "[Leggi anche su: <headline>]").
BRACKETED = re.compile(r"\s*[(\[](.*)[)\]]\s*$")
RELATED_HEADING_MAX_WORDS = 6
# What may stand between the phrase and a linked headline: "Read more: <headline>".
RELATED_SEPARATORS = ":-–—|»>"
# A paragraph after a related heading still belongs to the link list if it is this short and
# does not end like a sentence.
RELATED_ITEM_MAX_WORDS = 20
# A paragraph in capitals that is only a link ("GET THE FREE CHECKLIST") is a promotion or a
# teaser for another page (html._link_only_capitals) when it has this many words or more (and
# at most RELATED_ITEM_MAX_WORDS). On the tuning halves all four such paragraphs that reach the
# body (three pages) are outside the gold text; no gold paragraph is one.
CAPITALS_LINK_MIN_WORDS = 3
# A body that ends with this many paragraphs or list items or more that are each one link (at
# most RELATED_ITEM_MAX_WORDS words, no sentence end) ends with links to other pages, removed
# as "related" (html._trailing_links). On the tuning halves two pages end so (three video
# teasers; 66 links to the same guide for other cities), none of the 69 in the gold text.
TRAILING_LINKS_MIN = 2
# A "recent posts" list: paragraphs or list items that are a title, a separator and a date
# ("Just This Next Step - December 16, 2019"), TRAILING_LINKS_MIN or more of them ending the
# body (html.trailing_dated_teasers); at most DATED_TITLE_MAX_WORDS words, the date within
# the last DATED_TITLE_DATE_CHARS characters.
DATED_TITLE_SEPARATORS = "-–—|·•"
DATED_TITLE_MAX_WORDS = 30
DATED_TITLE_DATE_CHARS = 30
SENTENCE_END = re.compile(r"[.!?…\"”’)]\s*$")

# An author's biography closing the body (html.without_author_bio): a paragraph among the last
# AUTHOR_BIO_TAIL that opens with an author's full name (after any AUTHOR_BIO_LEAD dash or
# mark), then a comma (a role follows: "Jane Roe, Editor, studied ...") or a verb biographies
# open with ("is the owner of", "has covered", "holds an MBA", "writes about").
AUTHOR_BIO_TAIL = 3
AUTHOR_BIO_LEAD = " -–—*_•"
AUTHOR_BIO_VERB = re.compile(
    r"(,|\s+(is|was|has|holds|writes|covers|reports|joined|lives|studied|serves)\b)"
)

# Bylines: "By Jane Roe", "By Jane Roe, Diplomatic Editor", "By Jane Roe and Joe Bloggs".
BYLINE_PREFIX = re.compile(
    r"^\s*((this (post|article|story|piece) (was )?)?(written |reported |words |text |article "
    r"|posted |authored )?by[:\s]+|authors?\s*:\s*|(read )?more (about|from|by)\s+)",
    _I,
)
# A byline ends where a date or an update note begins ("Jane Roe Updated Feb 27").
BYLINE_STOP = re.compile(
    r"\s*(?:\b(?:last )?(?:updated|published|posted|reviewed|fact[- ]checked|edited)\b|"
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.? \d{1,2}\b|"
    r"\b\d{1,2} (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|\d{4}-\d{2}|"
    r"\b\d{1,2}/\d{1,2}/\d{2,4}|\|"
    # a reading time ("Jane Roe 7 min read")
    r"|\b\d+\s*min(?:ute)?s?\b)",
    _I,
)
BYLINE_MAX_CHARS = 200
# A byline left atop the body (html.without_byline): among the first this many paragraphs, of
# at most this many words.
BYLINE_HEAD_PARAGRAPHS = 4
BYLINE_LINE_MAX_WORDS = 30
AUTHOR_SEPARATORS = re.compile(r"\s*(;|\s+and\s+|\s*&\s*|\s+/\s+)\s*", _I)  # kept by split()
# Words that make a part after a comma a role rather than another name.
ROLE_WORDS = _words(
    """
    editor correspondent reporter writer columnist journalist chief director producer analyst
    contributor staff desk bureau senior deputy associate managing executive political
    diplomatic foreign economics business science health technology defence defense security
    affairs head publisher founder ceo president expert specialist author photographer sr jr
    team reviewer manager consultant certified nurse dietitian nutritionist lawyer attorney
    professor researcher scientist strategist coach officer partner advisor adviser fellow
    owner co-founder cofounder marketer designer developer engineer lead development marketing
    communications sales operations engineering content editorial
    """
)
# Post-nominal letters, as written (dots dropped): a byline part that is one is a role, as
# is one written after the name without a comma ("Jane Roe RN, BSN").
CREDENTIALS = _words(
    """
    RN BSN MSN APRN FNP NP MD DO PhD PharmD PsyD EdD DNP MPH MS MSc MA MBA RD RDN LD CFP CFA
    CPA DVM VMD DDS DMD JD LCSW LPC CSCS CDCES FAND FACLM LVT CEPF CNM
    """
)
# A byline that ends with one of these after two words or more names a team, not a person
# with a role ("Gazette Connect Team", "Luxury Travel Expert").
TEAM_WORDS = _words("team staff desk expert experts editors")
# A spaced dash ends a name: what follows is a role or a team ("Jane Roe - Editorial Team").
NAME_DASH = re.compile(r"\s+[-–—]\s+")
# Lower-case words that may sit inside a personal name ("Marna van der Merwe").
NAME_PARTICLES = _words("van der den de del della di da dos du la le von bin al ibn")
# Lower-case words a byline that opens with a capital may hold (html._is_name).
NAME_LOWER_WORDS = NAME_PARTICLES | _words("the of for and editors staff team writers")
# Values that are not a name: placeholders, URLs, e-mail addresses, long numbers.
NOT_AUTHOR = re.compile(
    r"^(admin|administrator|staff|editor|editors|guest|unknown|anonymous|by|author|"
    r"https?://.*|.*@.*|.*\d{3,}.*)$",
    _I,
)
AUTHOR_MAX_WORDS = 8
# Words of a page's furniture that a byline selector may catch but no name holds.
NOT_NAME_WORDS = _words(
    "privacy policy terms conditions cookie cookies subscribe login admin administrator webmaster"
)
# Elements that hold a byline when neither JSON-LD nor meta tags name the author: rel or
# itemprop "author", or a class or id naming a byline or an author's name. Written for
# libxml2's speed, not brevity (the same elements, in under half the time): the first
# predicate, a quick test of attributes being there, spares the string tests every element
# without one of them, and the class's three author-name tests run only when it holds
# "author" at all.
BYLINE_XPATH = (
    "descendant::*[@class or @id or @rel or @itemprop]"
    '[@rel="author" or @itemprop="author" or contains(@class, "byline") or '
    '(contains(@class, "author") and (contains(@class, "author-name") or '
    'contains(@class, "author__name") or contains(@class, "authorName"))) or '
    'contains(@id, "byline")]'
)
# The elements trafilatura's author selectors (trafilatura.xpaths.AUTHOR_XPATHS) can match: an
# <author>, or one of the attributes they test holding one of the values they test for (in any
# case). A superset of their hits, found in one pass; each selector then tests these alone.
# The pattern is matched against the lower-cased value (quicker than a case-blind pattern).
BYLINE_ATTRIBUTES = frozenset({"class", "id", "rel", "itemprop", "data-testid", "data-component"})
BYLINE_CANDIDATE = re.compile(
    r"author|byl|bbl|username|channel-name|zuozhe|bianji|xiaobian|submitted-by|posted-by|"
    r"journalist-name|screenname|writer"
)
BYLINE_SKIP_TAGS = frozenset({"meta", "link", "script", "style", "body", "html", "article"})

# JSON-LD @type values that describe the article itself.
ARTICLE_TYPES = _words(
    """
    Article NewsArticle ReportageNewsArticle AnalysisNewsArticle OpinionNewsArticle
    BackgroundNewsArticle ReviewNewsArticle AskPublicNewsArticle BlogPosting LiveBlogPosting
    SocialMediaPosting TechArticle ScholarlyArticle Report MedicalWebPage WebPage Recipe
    """
)
# Types above that are only a last resort, because sites wrap every page in them.
WEAK_ARTICLE_TYPES = frozenset({"WebPage", "MedicalWebPage", "Recipe"})

# Meta tags, in order of trust, for each field (name= or property= or itemprop=).
META_TITLE = ("og:title", "twitter:title", "title", "dc.title", "parsely-title", "sailthru.title")
META_SITE = ("og:site_name", "application-name", "publisher", "twitter:site", "dc.publisher")
META_AUTHOR = (
    "author",
    "article:author",
    "parsely-author",
    "sailthru.author",
    "dc.creator",
    "byl",
    "twitter:creator",
)
META_PUBLISHED = (
    "article:published_time",
    "og:published_time",
    "og:article:published_time",
    "datepublished",
    "published_time",
    "article.published",
    "publishdate",
    "publish-date",
    "pubdate",
    "parsely-pub-date",
    "sailthru.date",
    "dc.date.issued",
    "dc.date",
    "date",
)
# A Twitter card's label and data pairs (twitter:label1/twitter:data1 ...): the labels that
# make the data the author's name, among the first few pairs.
TWITTER_LABELS = 4
AUTHOR_LABELS = frozenset({"written by", "author", "by", "posted by", "authored by"})
# The Open Graph publication time: trusted over the visible dateline (see html._published).
META_SHARED_PUBLISHED = ("article:published_time", "og:published_time", "og:article:published_time")
# The last-modified time: returned only when the visible dateline shows that day.
META_MODIFIED = (
    "article:modified_time",
    "og:updated_time",
    "datemodified",
    "modified_time",
    "last-modified",
    "updated",
)
# The page's summary of itself; a heading atop the body that repeats one is a standfirst.
META_DESCRIPTION = ("og:description", "description", "twitter:description", "dc.description")
META_LANGUAGE = ("content-language", "language", "dc.language", "og:locale")

# Headline choice: an h1 of at most HEADLINE_MAX_WORDS words is the headline when its words
# overlap a metadata title's by HEADLINE_SIMILARITY (Jaccard), or when it is the page's only
# h1 and has HEADLINE_MIN_WORDS words or more (a lone short h1 is often a section name).
HEADLINE_MAX_WORDS = 40
HEADLINE_MIN_WORDS = 3
HEADLINE_SIMILARITY = 0.5

# What an h1 adds to the declared title that is no part of the headline: a tagline after a
# separator (html._h1_adds_to; a date run into the h1 is found by DATELINE).
H1_TAGLINE = re.compile(r"\s+[|–—-]\s+\S")

# Separators between a page title and the site name: "Headline | Outlet", "Headline - Outlet".
TITLE_SEPARATOR = re.compile(r"\s+[|–—•·:»-]\s+|\s+[|]\s*|\s*[|]\s+")

# A few frequent English function words: a page with no declared language whose body is dense
# with them is English. Only English is guessed; anything else stays unknown.
ENGLISH_STOPWORDS = _words(
    "the of and to in a is that for on was with as by it at from are be has have said"
)
ENGLISH_MIN_SHARE = 0.18

# When the first (fast, recall-focused) extraction is distrusted and trafilatura's full cascade
# (readability and jusText comparison, recall escalation) runs instead: under FAST_MIN_CHARS
# characters, or under FAST_MIN_PAGE_SHARE of the page's visible text. Chosen on the tuning
# halves: 0.15-0.25 all recover the full cascade's gains on long guides and listicles that the
# fast rules cut short (WCXB) without touching news pages (article-extraction-benchmark). At
# 0.15 it runs on 18 of the 332 WCXB tuning pages and 3 of the 49 news ones; of the three WCXB
# tuning pages between 0.15 and 0.2 it made one worse and left two as they were. With the
# adds-article-text test below, 0.25 would also recover one more WCXB tuning page (a guide
# whose FAQ the fast rules drop) and harm none, but it cost about 5% of the pages/s on the
# news tuning half, the margin over trafilatura's default mode, so it stays at 0.15.
FAST_MIN_CHARS = 250
FAST_MIN_PAGE_SHARE = 0.15
# The full cascade's result replaces a fast one of FAST_MIN_CHARS or more only when what it
# adds does not repeat itself: FULL_MIN_DISTINCT_SHARE of the added paragraphs distinct in their
# first OPENING_WORDS words (html.adds_article_text). On the tuning halves the full cascade runs
# on 20 pages of the two sets beyond the nearly empty ones and adds text on 15: it improves 12
# (distinct share 0.93-1.0), harms two badly (a product review whose spec cards repeat their
# labels, 1.0 -> 0.07, and a page of one shipping notice per country, 0.98 -> 0.42; distinct
# 0.78 and 0.77), which the test keeps out, and one a little (0.24 -> 0.20, distinct 0.90),
# which it lets in. The test rests on those two pages. A second test, on the share of added
# characters in paragraphs of MIN_PARAGRAPH_WORDS words, decided no tuning page (every added
# text was 0.86-1.0 such prose) and was dropped.
FULL_MIN_DISTINCT_SHARE = 0.9
OPENING_WORDS = 6
# Characters XML forbids, which trafilatura's load_html removes before parsing (html.parse_html
# checks for them first: most pages have none).
XML_INVALID_CHARS = tuple(chr(c) for c in [*range(0, 9), 11, 12, *range(14, 32), 0xFFFE, 0xFFFF])

# An embedded tweet is a <blockquote class="twitter-tweet">, the markup Twitter/X's embed code
# writes; a page without this string has none (html.with_embedded_posts is not run).
EMBEDDED_POST_MARK = "twitter-tweet"

# Mojibake: UTF-8 read as Latin-1 or Windows-1252 (html.repair_mojibake). A page holding none
# of MOJIBAKE_MARKS (the commonest such sequences: quotes and dashes "â€", "é" "Ã©", "è" "Ã¨",
# a no-break space "Â ") is not searched. A sequence is a lead byte and the continuation bytes
# it calls for (80-BF), each as Latin-1 reads it or as Windows-1252 reads 80-9F ("€", "™",
# "”" ...). Two-byte sequences are only read for the leads of Latin, Greek, Cyrillic, Hebrew
# and Arabic letters (C2-C8, CE-DB): "É»", "Ü“" and "ß“" are French and German text, not
# mojibake of IPA or NKo.
MOJIBAKE_MARKS = ("\u00e2\u20ac", "\u00e2\u0080", "\u00c3\u00a9", "\u00c3\u00a8", "\u00c2\xa0")
MOJIBAKE_MARKS_BY_LEAD = {
    lead: tuple(m for m in MOJIBAKE_MARKS if m[0] == lead)
    for lead in dict.fromkeys(m[0] for m in MOJIBAKE_MARKS)
}
_CONTINUATION = (
    "\x80-\xbf\u20ac\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152"
    "\u017d\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u017e"
    "\u0178"
)
MOJIBAKE = re.compile(
    f"[\xc2-\xc8\xce-\xdb][{_CONTINUATION}]|[\xe0-\xef][{_CONTINUATION}]{{2}}|"
    f"[\xf0-\xf4][{_CONTINUATION}]{{3}}"
)
MOJIBAKE_SPACE = re.compile("\u00c2(?= |$)")
# UTF-8 read as Latin-1 (not Windows-1252) turns its continuation bytes 80-9F into C1 control
# characters ("doesn\u00e2\x80\x99t"), which trafilatura drops from the text it returns, so that
# the paragraphs could no longer be repaired ("doesnât"): a page holding a mojibake mark and a C1
# control character is repaired as a whole before it is parsed.
LATIN1_CONTROL = re.compile("[\x80-\x9f]")

# The rule trafilatura's text output draws under a table's head row (html._blocks).
TABLE_HEAD_RULE = re.compile(r"\|(?:-{3}\|)+")

# A page without this string has no <details> element (html._open_disclosures is not run).
DISCLOSURE_MARK = "<details"

# The page's visible text is its body's text outside these elements.
HIDDEN_TAGS = ("script", "style", "noscript", "template")

# A body none of whose paragraphs has this many words (a menu or link list a fallback dumped,
# a "page not found" notice) is no article text, and the body is returned empty.
MIN_PARAGRAPH_WORDS = 8
# A page that holds its article twice (two layouts in one page): REPEATED_RUN or more long
# paragraphs in a row that each repeat an earlier one are the second copy (html.post_clean).
# On the WCXB tuning half, 5 changes two pages (0.66 -> 0.97, 0.50 -> 0.92) and no other; 3
# also changes four pages by under 0.015 either way; one at a time (any repeat) makes 18
# pages worse, where plans, code and refrains repeat a paragraph.
REPEATED_RUN = 5
# Text in scripts written without spaces: a paragraph averaging this many characters per
# whitespace-separated "word" is measured by characters instead.
UNSPACED_CHARS_PER_WORD = 12
MIN_UNSPACED_CHARS = 20

# The dateline: the date a reader sees under the headline ("Updated Dec 18, 2025", "16 December
# 2025", a <time datetime=...>). It is looked for in the first DATELINE_WINDOW characters of
# visible text after the headline's h1 only, so the date of today in a site header and the
# dates of related-article teasers further down are not taken. English month names, ISO dates.
DATELINE_WINDOW = 400
# Above the headline only its own block is read, and only this close to it.
DATELINE_BEFORE_WINDOW = 120
MONTH_ABBREVIATIONS = (
    "jan",
    "feb",
    "mar",
    "apr",
    "may",
    "jun",
    "jul",
    "aug",
    "sep",
    "oct",
    "nov",
    "dec",
)
MONTHS = {abbreviation: n for n, abbreviation in enumerate(MONTH_ABBREVIATIONS, 1)}
_MONTH = r"(?P<{}>jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
_DAY = r"(?P<{}>\d{{1,2}})(?:st|nd|rd|th)?"
_DATE_FORMS = (
    _MONTH.format("m1")
    + r"\s+"
    + _DAY.format("d1")
    + r",?\s+(?P<y1>(?:19|20)\d\d)|"
    + _DAY.format("d2")
    + r"\s+"
    + _MONTH.format("m2")
    + r",?\s+(?P<y2>(?:19|20)\d\d)|(?P<y3>(?:19|20)\d\d)-(?P<m3>\d\d)-(?P<d3>\d\d)|"
    r"(?P<d4>\d{1,2})\.(?P<m4>\d{1,2})\.(?P<y4>(?:19|20)\d\d)"
)
DATELINE = re.compile(r"\b(?:" + _DATE_FORMS + r")\b", _I)
# The dateline shown under a headline may also be a numeric date with slashes, month first
# as English pages write it ("Updated: 10/31/2024"; "Published 27/05/2024" only reads day
# first; "09/11/25", which reads both ways, is no date): for html.dateline only, as the
# body's date stamps and dated titles are read with DATELINE.
SHOWN_DATE = re.compile(
    r"\b(?:" + _DATE_FORMS + r"|(?P<m5>\d{1,2})/(?P<d5>\d{1,2})/(?P<y5>(?:19|20)?\d\d))\b", _I
)
# A byline shown under the headline when no metadata or byline element names the author:
# "By", "Written by" ... with a capital, then two to four capitalised words (initials may
# have a dot: "A. J. Neal"); case-sensitive, so "written by hand" names no one.
VISIBLE_BYLINE = re.compile(
    r"(?:^|(?<=[\s|•·⋅]))(?:By|BY|(?:Written|Words|Article|Posted|Reported) by)[:\s]+"
    r"((?:[A-Z][\w'’-]*\.? ){1,3}[A-Z][\w'’-]+)"  # a space, not a new text node, between
)
DATELINE_SKIP_TAGS = frozenset({"script", "style", "noscript", "template", "svg", "button"})
# A dateline's label, in the DATELINE_LABEL_CHARS before its date (separators between them:
# "Published | Oct 10, 2025"). A first date labelled as an update ("Updated Dec 3, 2025 ·
# Published Oct 10, 2023") gives way to a date labelled as the publication's further on in
# the window (html.dateline): of two dates shown, the published one is the publication date.
DATELINE_LABEL_CHARS = 40
_DATELINE_LABEL = r"\b(?:{})(?:\s+(?:on|at))?[\s:|•·⋅–—-]*$"
DATELINE_UPDATED_LABEL = re.compile(
    _DATELINE_LABEL.format(r"updated|modified|revised|last\s+update"), _I
)
DATELINE_PUBLISHED_LABEL = re.compile(_DATELINE_LABEL.format("published|posted|released"), _I)
# A <time> element is read as its machine date, with the date label its own text opens with
# ("<time datetime=...>Updated on June 18, 2025</time>" reads "Updated on 2025-06-18").
TIME_LABEL = re.compile(
    r"\s*((?:last\s+|first\s+|originally\s+)?"
    r"(?:updated|modified|revised|published|posted|released)(?:\s+(?:on|at))?)\b",
    _I,
)

# A body paragraph that is only a publication date ("Published 18 November 2019", "Last
# updated: April 21, 2025", "Dec 18, 2025 · 10 min read") is the page's date stamp, not article
# text: a short label, a DATELINE date, and at most a clock time and a reading time after it.
# Removed as clutter of kind "date" (html.clutter_kind); it is never longer than this.
DATE_STAMP_MAX_WORDS = 16
DATE_STAMP_LABEL = re.compile(
    r"\s*(?:(?:last\s+)?(?:updated|published|posted|modified)(?:\s+on)?\s*:?\s*)?", _I
)
# A date label whose date was a separate element (an icon, a script-filled <span>) that the
# extraction dropped: "Posted on", "Updated at", "Last updated:" alone is a date stamp too.
DATE_LABEL_ALONE = re.compile(
    r"\s*(?:last\s+)?(?:updated|published|posted|modified)(?:\s+(?:on|at))?\s*:?\s*", _I
)
# A numeric date, with or without its clock time, under a label of a word or two in any
# language and script, in brackets or not ("입력 2018.09.28 17:32", "Stand: 2019-11-18").
NUMERIC_DATE_STAMP = re.compile(
    r"(?:[^\W\d_]+\s*){0,2}[:：]?\s*[\[(]?\s*(?:19|20)\d\d[-./]\d{1,2}[-./]\d{1,2}\.?"
    r"(?:\s+\d{1,2}:\d\d(?::\d\d)?)?\s*[\])]?\s*"
)
DATE_STAMP_TAIL = re.compile(
    r",?\s*(?:(?:at\s+)?\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s+[A-Z]{2,4})?)?"
    r"(?:\s*[|·⋅•–—-]\s*\d+\s*min(?:ute)?s?\s+read)?\s*",
    _I,
)
