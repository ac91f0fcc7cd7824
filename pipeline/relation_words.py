"""Words the relation rules read: links, markers and limits of the field's phrasing (nhs_relations)."""

ROLE_LINKS = {"of", "at", "for", "on", "across"}
DETERMINERS = {"the", "a", "an"}
# A witness stating their own posts: 'I am', 'I was', 'I have been' (the words after 'I').
FIRST_PERSON_HOLDING = (("am",), ("'m",), ("’m",), ("was",), ("have", "been"), ("had", "been"), ("'ve", "been"),
                        ("’ve", "been"))
INDEFINITE = {"a", "an", "any", "each", "every", "one", "another", "no"}
# 'chief executive of the new NHS Commissioning Board': words between the article and the name.
BODY_ADJECTIVES = {"new", "former", "newly", "proposed", "merged", "shadow", "then"}
# Verbs right before a body that bring it into being: 'to form the Wyre Forest Health Partnership', which 'the new
# partnership' then points back to.
FORMING_VERBS = {"form", "forms", "formed", "forming", "create", "creates", "created", "creating", "establish",
                 "established", "become", "became"}
# Words after a body that say it came into being: 'The North West Anglia NHS Foundation Trust came into existence on
# Saturday', which 'the new trust' two sentences on points back to, past the old trusts named between.
COMING_INTO_BEING = (("came", "into", "existence"), ("came", "into", "being"), ("comes", "into", "existence"),
                     ("was", "formed"), ("was", "created"), ("was", "established"), ("was", "launched"))
# Nouns of a body's beginning before 'of' and its name: 'the launch of the A'.
BEGINNING_NOUNS = {"launch", "creation", "formation", "establishment"}
# Nouns that name any body only after 'the new' and a body formed just before: 'We have created A ... the new
# body's chairman'.
NEW_BODY_NOUNS = {"body", "organisation", "organization"}
# How far back, in words, 'the new trust' looks for the body that came into being.
MAX_FORMED_DISTANCE = 200
# The words that join the last item of a list of bodies: 'A, B and C', 'A & B'.
LIST_AND = {"and", "&"}
# Words before 'NHS' that make it the whole service, not a partner named in a list: 'partner with the wider NHS'.
WHOLE_WORDS = {"wider", "whole", "entire", "broader"}
# Words that describe a named body without an article: 'chair at neighbouring Royal Free London FT'.
BARE_BODY_ADJECTIVES = {"neighbouring", "neighboring", "nearby", "sister", "fellow", "national"}
# 'appointed to the same role at B': the post the person holds at the body named before.
COPULAS = {"is", "was", "are", "were", "be"}  # 'the partnership is between A and B'
# Between a post and its holder's name: "A's current chief officer is X", 'the new chair of A will be X'.
NAMING_COPULAS = {"is", "was", "will be", "would be", "is to be", "has been", "had been", "will now be"}

# Words before 'to' and a role verb: 'who will continue to chair A', 'X is to lead A'.
VERB_LEADS = {"continue", "continues", "continuing", "is", "are", "was", "going", "due", "set", "expected"}
# A body's post stated by a passive verb: 'a Joint Steering Committee (JSC) chaired by Lord Tugendhat'.
PASSIVE_ROLE_VERBS = {"chaired": "chair"}
# Passive verbs that name no post themselves: 'Both trusts are led by chief executive X' takes the post after 'by'.
PASSIVE_LEADING_VERBS = {"led", "headed", "run"}
# Auxiliaries of a passive between its subject and the verb: 'A is to be chaired by', 'A has been led by'.
PASSIVE_AUXILIARIES = {"be", "been", "being", "are", "were"}
# Auxiliaries and quantifiers between a plural subject and its verb: 'A and B have jointly formed', 'A and B
# have both joined'.
PLURAL_AUXILIARIES = {"have", "are", "were", "jointly", "both", "all", "together"}
# Words between 'by' and a post that say whose post it is: 'led by its chief executive X'.
POST_OWNERS = {"its", "their", "the"}
SAME_POST_NOUNS = {"role", "post", "position", "job"}
SAME_POSTS_NOUNS = {"roles", "posts", "positions", "jobs"}  # 'the same positions at B': each holder's own
POST_NOUNS = {"post", "posts", "role", "roles", "position", "positions"}
# 'X joined A as director of B': the verb that puts a person at a body in a post named after 'as'.
JOINING_VERBS = {"joined", "joins", "join", "rejoined", "rejoins"}
# 'A has confirmed the appointment of X as chief executive': verbs of a body that fills its post.
APPOINTING_VERBS = {"appointed", "appoints", "named", "names", "confirmed", "confirms", "announced", "announces",
                    "selected", "selects", "hired", "recruited", "chosen", "chose", "welcomed", "welcome", "welcomes"}
# Words between an article and a body named before a post: 'X will be the new A chief executive', 'a second A
# deputy chief'.
POST_ORDER_WORDS = {"new", "first", "second", "third", "next", "permanent", "substantive", "sole"}
# Words between a body and its appointing verb: 'A has today appointed', 'A is pleased to welcome X as chair'.
APPOINTING_AUXILIARIES = {"has", "have", "had", "is", "are", "was", "today", "also", "pleased", "delighted", "proud",
                          "happy", "very", "to"}
# Words between 'who' and its verb: 'X, who has led Y', 'X, who also chairs Y'.
CLAUSE_AUXILIARIES = {"has", "have", "had", "will", "also", "now", "currently", "previously", "formerly", "would",
                      "shall", "is", "was", "to", "later", "then", "recently", "subsequently", "first", "originally"}
# 'X has been appointed to A as R': verbs whose subject takes a post at the body after 'to'.
APPOINTED_TO_VERBS = {"appointed", "elected", "co-opted", "seconded", "moved", "moves", "returned", "returns",
                      "returning", "moving"}
# 'X has worked at A as R': verbs whose subject holds the post at the body after 'at' or 'for'.
WORKING_VERBS = {"worked", "works", "working"}
# Words before a post that chain it to the posts of the name before: 'X, chair of A, a former chair of B'.
PAST_POST_WORDS = {"former", "previous", "past"}
# Units of a body named between a witness's post and the body: 'School of Management, Royal Holloway'; the
# unit's name has at most so many words.
UNIT_WORDS = {"School", "Department", "Faculty", "Division", "Centre", "Unit"}
# Unit words that never name a body of their own: 'where he was Head of the Division of Medicine'.
ALWAYS_UNIT_WORDS = {"Division"}
MAX_UNIT_WORDS = 6
# Words after a witness list's last body: 'and Andrew Webster, ..., Local Government Association, gave evidence',
# 'Vic Rayner, CEO, National Care Forum, representing the All-Party Parliamentary Group'.
WITNESS_VERBS = {"gave", "give", "gives", "representing"}
# Occupations that are no post alone but part of one joined after them: 'Dr Bob Bowes, GP and clinical chairman of A'.
JOINED_OCCUPATIONS = {"gp"}
# 'X will lead A as interim chief executive': verbs whose object is the body where the subject holds the
# post named after 'as'.
LEADING_VERBS = {"lead", "leads", "led", "head", "heads", "headed"}
# 'X sits on the board of A as a non-executive director': verbs whose body follows 'on'.
SITTING_VERBS = {"sit", "sits", "sat", "sitting", "serve", "serves", "served", "serving"}
# 'Both hospitals share a medical director, X': bodies that hold one post, named after it.
SHARING_VERBS = {"share", "shares", "shared"}
# 'X joined A in 2015 as R': a short time phrase between the body and 'as'.
TIME_PHRASE_OPENERS = {"in", "last", "this", "earlier", "later"}
TIME_PHRASE_WORDS = {"year", "month", "week", "january", "february", "march", "april", "may", "june", "july",
                     "august", "september", "october", "november", "december", "spring", "summer",
                     "autumn", "winter"}
# The last word of a time phrase opening a sentence before its comma: 'Two months ago, A had to close', 'In March, A'.
FRONTED_TIME_ENDS = TIME_PHRASE_WORDS | {"ago"}
# Words of time between an adverb and 'by': 'set up jointly last year by A, B and C'.
TIME_WORDS = TIME_PHRASE_OPENERS | {"next", "recently", "year", "month", "week"}
# A span of time after a post's body: 'for the past year', 'for many years', 'for 18 months'.
DURATION_WORDS = {"the", "past", "last", "many", "several", "a", "few", "more", "than", "over", "almost", "nearly"}
DURATION_NOUNS = {"year", "years", "month", "months", "decade", "decades", "week", "weeks"}
# 'X is to succeed Y as chair of Z': X takes the post Y held.
SUCCESSION_VERBS = {"succeed", "succeeds", "succeeded", "replace", "replaces", "replaced"}
TAKING_VERBS = {"take", "takes", "took", "taking", "taken"}
# 'X became chief executive of A, taking over from Y': words before the name of the post's previous holder.
PREDECESSOR_LINKS = {("taking", "over", "from"), ("takes", "over", "from"), ("took", "over", "from"), ("succeeding",),
                     ("replacing",), ("who", "replaces"), ("who", "succeeds"), ("in", "succession", "to"),
                     ("in", "place", "of")}
SUCCESSION_AUXILIARIES = {"to", "is", "will", "would", "has", "was", "set", "due", "be"}
# A board inside a body is part of the post: "Chair of The King's Fund's Board of Trustees".
# a board two bodies share, and the words naming the bodies after it: 'the joint board between A and B'
SHARED_BOARD_WORDS = {"joint", "shared", "common", "single"}
SHARED_BOARD_LINKS = {"between", "of", "for", "across", "covering"}
BOARD_NOUNS = {"board", "committee", "panel", "council", "forum"}
# A body's board or group named in capitals after it, part of the post: 'chair of LMP Steering Group'.
NAMED_BOARD_NOUNS = BOARD_NOUNS | {"group"}
MAX_NAMED_BOARD_WORDS = 3
# Adverbs a role link may take anywhere: 'has also been appointed', 'was formally named as'.
LINK_ADVERBS = {"also", "now", "currently", "recently", "formally", "officially", "subsequently", "previously",
                "formerly", "just", "today", "then", "later", "already", "additionally", "temporarily", "initially",
                "originally", "since", "briefly", "this", "week", "year", "month"}
# A role link after a clause joined to the subject's first: 'X has worked as a nurse, and is currently'; the first
# clause may name bodies of several words ('has served on the Scottish Higher Education Funding Council and ... and is
# currently').
MAX_JOINED_CLAUSE_WORDS = 16
# An open role link ('... role as') never runs over these.
LINK_BREAKS = {",", ";", ":", ".", "not", "never", "and", "but", "or", "said", "says"}
MAX_OPEN_LINK_WORDS = 4
# 'X, a GP in Bishop Auckland and chair of A': an occupation aside of up to this many words before 'and'.
MAX_ASIDE_WORDS = 6
# Lower-case words describing a body before its name: 'of the local mental health and learning disabilities trust, A'.
MAX_DESCRIBED_BODY_WORDS = 8
MAX_CLAUSE_WORDS = 12
# A lede's post ('The former chief executive of X has been appointed ...') opens within this many tokens.
LEDE_TOKENS = 60
# A transcript names its committee in its first words ('Health and Social Care Committee\n\nOral evidence').
MAX_HEADER_TOKENS = 10
MEMBERS_LINE_OPENING = "members present"
# Words an opening phrase may take before a sentence's subject pronoun ('Before that he was').
MAX_OPENING_WORDS = 3
# An opening phrase set off by a comma before a sentence's subject: 'In a ground breaking move, the Trust'.
MAX_OPENING_PHRASE_TOKENS = 8
# 'the organisations said' points back to a list of bodies named at most this many sentences before.
PLURAL_REFERENCE_SENTENCES = 3
# A relative clause set off after a name: 'Juliet Bauer, who's experience is ..., will be the new'.
ASIDE_STARTS = {"who", "whose", "who's", "who’s"}
RELATIVE_PRONOUNS = ASIDE_STARTS | {"which", "whom", "that"}
OWN_POSSESSIVES = {"his", "her", "their"}
OWNED_ROLE_ADJECTIVES = {"current", "new", "substantive", "previous", "former", "interim", "most", "recent", "latest",
                         "last", "first"}
NUMBER_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "both": 2}
# What closes a list of names set off after a plural post: 'the CEOs of A and B, X and Y, will'.
LIST_ITEM_CLOSERS = {",", ".", ";", "-", "–", "—"}
LIST_JOINERS = {",", "and", "&", "/", "(", ")", "the"}
LIST_DASHES = {"–", "—", "-"}  # dashes setting off a description in a list of bodies
# Prepositions opening a sentence with a body set off by a comma before its subject: 'Within SLP, A, B and C share'.
FRONTED_PREPOSITIONS = {"within", "in", "at", "across", "for", "under", "among", "amongst", "inside"}
# The kind of body a list's last item is described as before its name: 'A, B, and world-leading university C'.
DESCRIBED_ITEM_KINDS = {"university", "trust", "council", "charity", "college", "hospital", "hospice", "authority"}
MAX_DESCRIBED_ITEM_WORDS = 3
BULLETS = {"-", "•", "*", "–", "·"}
POSSESSIVES = {"'s", "’s", "'", "’"}
APPOSITION_MARKS = {",", "–", "—", "("}  # '(' as in 'Jane Smith (chief executive, NHS Providers)'
PERSON_PRONOUNS = {"he", "she"}
# a verb that may carry a post to its sentence's one named person: 'X ... is currently vice-chair of A'
HOLDING_VERBS = {"is", "was", "are", "were", "be", "been", "has", "have", "had", "will", "becomes", "became",
                 "remains", "remained"}
# Verbs put before their speaker: "..., said Jane Doe", "..., says BMA".
INVERTED_SPEECH_VERBS = {"said", "says", "added", "adds", "continued", "explained", "warned", "warns"}
NOUN_MARKERS = {"a", "an", "the", "their", "his", "her", "its", "our", "my", "your", "this", "these", "those"}
CLAUSE_WORDS = {"but", "and", "or", "that", "which", "who", "while", "as", "because"}
NOT_SPEAKER_PREPOSITIONS = {"to", "told", "with", "on", "about", "into", "regarding", "against"}
GROUP_PRONOUNS = {"it", "they", "we"}
# Verbs that go on with the last statement: 'They added:' is who spoke in the sentence before.
CONTINUING_VERBS = {"added", "adds", "continued", "continues"}
# Words of a sentence whose subject then speaks the quote right after it, unattributed: 'Dr X, chair of A, is
# pleased that months of hard work had resulted in success. "Much research ..."'.
REACTION_WORDS = {"pleased", "delighted", "thrilled", "proud", "excited", "welcomed", "welcomes", "glad"}
# 'a joint statement from X and Y ... It said:': what 'it' says stands for its authors.
STATEMENT_NOUNS = {"statement", "letter", "release", "announcement"}
# Verbs before a statement noun that introduce the statement after a colon: 'X has issued this statement:'.
ISSUING_VERBS = {"issued", "issues", "released", "releases", "made", "gave", "published"}
# Words that open the clause a speech verb reports: 'announced that ...', 'announced they have ...'.
REPORTED_CLAUSE_STARTS = {"that", "they", "he", "she", "we"}
FIRST_PERSON_PLURAL = {"we", "our", "us"}
# a clause with its own subject: 'I was working as Director for A and I had talks with X' names no holder
SUBJECT_PRONOUNS = {"i", "we", "he", "she", "they"}
NEGATIONS = {"not", "cannot", "n't", "never", "no"}
HYPOTHETICAL = {"if", "whether", "unless"}
# Before 'whether' a plan being weighed, which counts (guidelines, rule 2): 'looking at whether the two could merge'.
EXPLORING_WORDS = {"at", "explore", "explores", "exploring", "explored", "consider", "considers", "considering",
                   "considered", "examine", "examining", "assess", "assessing", "discuss", "discussing", "decide",
                   "deciding", "investigate", "investigating", "into"}
# Right before a trigger: a collaboration only thought of ('a potential merger', 'a possible alliance').
HYPOTHETICAL_ADJECTIVES = {"potential", "possible", "hypothetical"}
# Nouns of a plan being weighed before 'on/about/of a possible merger', which counts (guidelines, rule 2).
WEIGHING_NOUNS = {"consultation", "consultations", "talks", "discussions", "negotiations", "study", "review"}
WEIGHING_LINKS = {"on", "about", "over", "of"}
# 'looking at / into a possible merger' weighs it; 'hinted at' or 'balked at' one does not.
LOOKING_LINKS = {"at", "into"}
LOOKING_VERBS = {"look", "looks", "looking", "looked"}
# Before a weighing noun: a plan turned down ('rejected a consultation on a possible merger').
REJECTING_VERBS = {"rejected", "rejects", "ended", "ends", "abandoned", "abandons", "dropped", "scrapped", "halted"}
# Nouns of a person's new post: "Chris Hopson's appointment to NHS England as chief strategy officer".
APPOINTMENT_NOUNS = {"appointment", "promotion", "nomination", "move", "return", "election"}
# Triggers that also join bodies through their office holders ("a joint statement by A's and B's chiefs").
JOINT_WORDS = {"joint", "jointly"}
# Words of posts a place has rather than its trust: 'the mayor of York', 'director of public health at Salisbury'.
PLACE_POST_WORDS = {"mayor", "councillor", "mp", "minister", "secretary", "leader", "public", "council", "cabinet"}
# Words of a post one person holds at several bodies together ('joint chief executive', 'chair-in-common').
SHARED_POST_WORDS = ("joint", "group", "in common", "shared")
# Words saying one person holds two posts at once ('was appointed interim chief executive of A, while remaining
# chief executive of B', 'alongside his existing role as chair of B'), and words of a post that do not change
# what it is.
CONCURRENT_WORDS = {"also", "remaining", "simultaneously", "alongside"}
TEMPORARY_POST_WORDS = {"interim", "acting"}
# 'X and Y have written to staff ... The letter reads:': a document, and the verbs of those who wrote it.
WRITTEN_DOCUMENTS = {"letter", "statement", "email", "memo", "note", "message"}
WRITING_VERBS = {"written", "wrote", "writes", "signed", "sent", "issued"}
# Documents a list of bodies writes together: "The joint letter highlights ...".
JOINT_DOCUMENTS = {"letter", "statement", "report", "response", "submission", "paper", "bid", "briefing"}
# Words between a trigger and the partner named after it: 'partnership with', 'merger of', 'between'.
ACCOMPANY_LINKS = {"with", "alongside"}
LIST_LINKS = {None, "of", "between", "and", "involving"}
PARTNER_LINKS = ACCOMPANY_LINKS | {"of", "between", "involving"}
# Words opening a partnership's members set off after it: 'the partnership, involving A, B and C'.
SET_OFF_MEMBER_LINKS = {"involving", "including", "comprising", "between"}
# Words after the bodies opening a bulleted line that say what the partners do: '• A on developing our policy'.
BULLET_LEAD_LINKS = {"on", "to", "in", "for", "around", "through", "with", "and"}
SENTENCE_ENDS = {".", "!", "?"}
# Words of a list's item naming a service or sector, no one body: 'the Fire and Rescue Service'.
MAX_UNNAMED_ITEM_WORDS = 5
MAX_ITEM_PLACE_WORDS = 3  # 'in Milton Keynes,' after a list's item
MAX_ITEM_NOTE_WORDS = 4  # '(administrative lead)' after a bulleted list's item
# Plural nouns of bodies in a line that opens a bulleted list of them: 'Seven hospices ... have formed a
# collaborative:' (not 'members', which may be people).
# Words of a sentence listing bodies that are not partners: 'The trusts which have left the collaborative are:'.
NOT_PARTNER_WORDS = {"left", "leave", "leaves", "leaving", "against", "withdrew", "withdrawn", "quit", "exited",
                     "outside", "rival", "rivals", "competing"}
LISTED_BODY_NOUNS = {"hospices", "practices", "surgeries", "trusts", "organisations", "organizations", "charities",
                     "partners", "bodies", "councils", "providers", "universities", "colleges", "hospitals",
                     "partnerships", "boards"}
QUOTE_MARKS = set("“”‘’\"'«»„")
# Words opening a fronted phrase whose post belongs to the name after its comma:
# "As chief executive of A, X led ...", "After three years as chief executive of A, X has been appointed".
FRONTED_OPENERS = {"as", "after", "before", "during", "in", "having", "since", "until", "while", "formerly"}
# Bodies a joint post spans ('joint chief nurse' of two trusts): local providers and commissioners,
# by gazetteer kind or by the last word of a name no gazetteer holds.
LOCAL_BODY_KINDS = {"trust", "ccg", "icb", "health_board"}
LOCAL_BODY_ENDINGS = {"Trust", "FT", "CCG", "ICB", "Board", "Hospital", "Hospitals", "Group", "PCT"}
# What opens the list of a body's members after a membership trigger ('comprises: A, B', 'formed of three
# trusts - A, B').
LIST_OPENERS = {":", "-", "–", "—"}
# Nouns naming a body of partners, whose members a membership trigger may list ('The partnership is formed of').
PARTNERSHIP_NOUNS = {"partnership", "alliance", "collaboration", "collaborative", "consortium", "group", "network",
                     "coalition", "committee"}
MEMBER_NOUNS = {"partners", "members"}
# 'The four founders of the UKCMRI were A, B, C and D': nouns of a body's members before 'of' and the body.
MEMBERS_OF_NOUNS = MEMBER_NOUNS | {"founders", "founder", "partner", "member"}
MEMBERS_OF_VERBS = {"are", "were", "include", "included"}
# 'The trusts involved are:' names the members of what the article describes, like 'The partners are:'.
PARTICIPANT_WORDS = {"involved"}
# 'brings together all hospitals that were previously part of A and B': the verbs before 'together' whose list
# of bodies comes later in the clause, within so many words.
BRINGING_VERBS = {"bring", "brings", "brought", "bringing"}
MAX_BROUGHT_WORDS = 10
# 'A joins B, C and D in £5m research collaboration': words from 'in' to the trigger.
MAX_JOINED_IN_WORDS = 6
# Words in the name of a body whose members work together: 'A and B are members of King's Health Partners'; not
# an association or federation, whose members need not work together ('members of the Local Government Association').
PARTNERSHIP_NAME_WORDS = PARTNERSHIP_NOUNS | {"collaborative", "partners"}
# 'working with a group of leading independent research organisations including A, B and C': the words of a
# described group before its list
GROUP_WORDS = {"group", "number", "range", "coalition", "network", "consortium", "collection"}
LIST_INTRODUCERS = {"including", "includes", "like"}
# Openings of a sentence that lists the partners its sentence before named only in general: 'A is working in
# partnership with a range of local providers. These include B, C and D.'
NEXT_LIST_OPENERS = {("these", "include"), ("these", "are"), ("they", "include"), ("they", "are"),
                     ("this", "includes"), ("these", "partners", "are"), ("these", "partners", "include")}
MAX_GROUP_WORDS = 7
# "A's long-standing partnership with B": words between a body's possessive and the trigger it owns.
MAX_OWNED_TRIGGER_WORDS = 4
# People who stand for their bodies after 'with': 'working collaboratively with leads from A and B'.
PEOPLE_OF_BODIES = {"leads", "colleagues", "representatives", "staff", "teams", "experts", "leaders", "clinicians",
                    "partners", "officials", "officers"}
# Posts whose 'of' names a field before 'for' and the body: 'Head of Protection for A', 'Director of Strategy for A'.
FIELD_POST_WORDS = {"head", "director", "lead", "manager", "officer", "adviser", "advisor"}
# Words between the last named speaker and the verb that make every person named before it a speaker: 'A, in a
# common statement with B and C, have jointly stated:'.
JOINT_SPEECH_WORDS = {"jointly"}
