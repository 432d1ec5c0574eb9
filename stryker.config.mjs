// Mutation testing (StrykerJS): does a one-line change to the code that decides safety make a test fail?
// `npm run test:mutation` runs the whole scope of issue 16; `npm run test:mutation:safety` (stryker.safety.config.mjs)
// only the safety-critical files. Reports go to reports/mutation/ (HTML and JSON, not committed).
//
// No type checker: @stryker-mutator/typescript-checker drives the TypeScript compiler API, and the
// `typescript` package at 7.x (the native compiler) exports no compiler API (only `version`), so the
// checker cannot start. Mutants that would not type-check therefore run as plain JavaScript (vitest strips
// types) and are killed or survive on behaviour; any such survivor is listed below as "type error".
//
// Incremental: reports/stryker-incremental.json is a local cache, not committed. Stryker reruns only the
// mutants whose code or covering tests changed, and it does not see changes to knowledge/*.yaml, which
// decide what most of these tests expect. The safety set's cache is committed with a fingerprint of that
// data, and trusted only while it matches (.ci/mutation-safety.sh).

/**
 * Surviving mutants left standing, as `file:line:column mutator -> replacement`, each with why no test
 * kills it: equivalent (no input the code can receive behaves differently) or not worth a test. Nothing
 * reads this object; it is here so a survivor in a report can be looked up, and so that a new survivor,
 * absent from this list, is a finding. Scores and dates are in README.md ("Mutation testing").
 */
export const survivorsLeftStanding = {
  'src/pathway/hours.ts:20:19 EqualityOperator -> n < 14':
    'equivalent: every weekday comes round within 7 days and bank holidays never cover a whole week, so day 14 is never reached',
  'src/pathway/hours.ts:21:17 ConditionalExpression -> false':
    'equivalent: addDays(date, 0) is the same London date and weekday that londonTime gave',
  'src/pathway/hours.ts:25:20 EqualityOperator -> t.minutes > open':
    'equivalent: at the opening minute of a non-holiday day the contact is open, so nextOpening is not asked',
  'src/pathway/hours.ts:66:106 StringLiteral (no coverage) -> ``':
    'unreachable with valid hours: "closed now" without a reopening needs 15 days without opening (see line 20)',
  'src/pathway/hours.ts:72:41 MethodExpression -> printed.toLowerCase().replace(/[^a-z]+/g, \' \')':
    'equivalent: no printed hours text begins or ends with a space or a symbol, so trimming changes nothing',
  'src/pathway/hours.ts:72:71 Regex -> /[^a-z]/g':
    'equivalent for every printed text: words in the printed hours are separated by single spaces',
  'src/pathway/hours.ts:72:71 Regex -> /[a-z]+/g':
    'not worth a test: only the City EDT is printed as an out-of-hours service, as "out of hours only", which this mutant also says',
  'src/pathway/londonTime.ts:25:7 ConditionalExpression -> false':
    'equivalent: the last moment kept only saves recomputing; computing it again gives the same time',
  'src/pathway/londonTime.ts:32:7 ConditionalExpression -> true':
    'equivalent: an invalid date kept as the last moment is never reused (NaN equals nothing), so the next call recomputes',
  'src/pathway/londonTime.ts:32:7 BooleanLiteral -> Number.isNaN(ms)':
    'equivalent: keeping no moment, or only invalid ones, only means recomputing each time',
  'src/pathway/londonTime.ts:32:7 ConditionalExpression -> false':
    'equivalent: keeping no moment only means recomputing each time',
  'src/pathway/londonTime.ts:32:33 ObjectLiteral -> {}':
    'equivalent: an empty record never matches the next moment, so it is recomputed',
  'src/pathway/bankHolidays.ts:37:7 ConditionalExpression -> false':
    'equivalent: the cache only saves recomputing; the days computed again are the same',
  'src/pathway/eligibility.ts:21:7 ConditionalExpression -> true':
    'equivalent: with ageMonths undefined, `undefined < 24` is false as well',
  'src/pathway/eligibility.ts:26:76 OptionalChaining -> kb.authority(id).name':
    'equivalent: area ids are checked references (a district, health area or authority), so one of the three lookups finds it',
  'src/pathway/eligibility.ts:87:17 ConditionalExpression -> true':
    'equivalent: with minYears undefined, `age < undefined` is false as well',
  'src/pathway/eligibility.ts:61:72 OptionalChaining -> kb.authority(id).id':
    'equivalent: served and excluded ids are checked references, so an id that is not a district or health area is an authority',
  'src/pathway/eligibility.ts:52:14 OptionalChaining -> district.healthArea':
    'equivalent: a district id in the facts comes from the gazetteer, so kb.district finds it',
  'src/pathway/eligibility.ts:76:10 OptionalChaining -> kb.concern(id).label':
    'equivalent: condition ids in services are checked references to concerns',
  'src/pathway/eligibility.ts:87:74 ConditionalExpression -> true':
    'equivalent: with maxYears undefined, `age > undefined` is false as well',
  'src/pathway/eligibility.ts:111:89 OptionalChaining -> facts.area.place':
    'equivalent: this line is reached only when the area gave ids, so facts.area is set',
  'src/pathway/eligibility.ts:114:30 OptionalChaining -> kb.authority(service.authority).name':
    'equivalent: a service\'s authority is a checked reference',
  'src/pathway/eligibility.ts:114:124 OptionalChaining -> kb.authority(facts.area.authority).name':
    'equivalent: an area\'s authority comes from the gazetteer, so it exists',
  'src/pathway/eligibility.ts:133:63 OptionalChaining -> kb.concern(c).synonyms':
    'equivalent: excluded conditions are checked references to concerns',
  'src/pathway/eligibility.ts:133:90 ArrayDeclaration (no coverage) -> ["Stryker was here"]':
    'unreachable: synonyms defaults to [] in the schema, so `?? []` never applies',
  'src/pathway/eligibility.ts:142:90 Regex -> /except\\s+/i':
    'equivalent for every printed exception: "except" opens the text, so the first match is at the start anyway',
  'src/pathway/eligibility.ts:142:90 Regex -> /^except\\s/i':
    'equivalent for every printed exception: one space follows "except"',

  'src/pathway/safeguarding.ts:20:99 ArrayDeclaration -> ["Stryker was here"]':
    'equivalent: only an unknown risk id reaches `?? []`, and a made-up concern id matches no service',
  'src/pathway/safeguarding.ts:42:9 ConditionalExpression -> false':
    'equivalent: a front door with no printed hours and an out-of-hours team always has it as state.alternative (contactNow), so `!state.alternative` is never true here',
  'src/pathway/safeguarding.ts:64:59 ArrayDeclaration -> ["Stryker was here"]':
    'equivalent: no words are matched on purpose; a string in their place has no id or score and scores nothing',
  'src/pathway/safeguarding.ts:95:8 MethodExpression -> (without the filter)':
    'equivalent: a concern with no safeguarding routes adds no steps either way',
  'src/pathway/safeguarding.ts:95:118 OptionalChaining -> c.safeguardingRoutes':
    'equivalent: concern ids from concernWithBroader are checked references, so the concern exists',
  'src/pathway/safeguarding.ts:103:23 MethodExpression -> (without the filter)':
    'equivalent: a route\'s processes are checked references (src/knowledge/references.ts)',
  'src/pathway/safeguarding.ts:106:29 MethodExpression -> (without the filter)':
    'equivalent: a route\'s services are checked references (src/knowledge/references.ts)',
  'src/pathway/safeguarding.ts:147:61 LogicalOperator -> state.alternative?.contact && outOfHoursAlternative(...)?.contact':
    'equivalent: both name the door\'s outOfHours contact; with none, both are undefined',

  'src/pathway/decide.ts:127:83 ArrayDeclaration (no coverage) -> ["Stryker was here"]':
    'unreachable: every fit\'s unknowns are recorded beside it, so `?? []` never applies',
  'src/pathway/decide.ts:250:102 StringLiteral (no coverage) -> "Stryker was here!"':
    'unreachable: every level prints a title',
  'src/pathway/decide.ts:256:79 StringLiteral (no coverage) -> "Stryker was here!"':
    'unreachable: every level prints a title',
  'src/pathway/decide.ts:282:76 StringLiteral (no coverage) -> ""':
    'unreachable: every level prints what to do',
  'src/pathway/decide.ts:365:88 StringLiteral (no coverage) -> ""':
    'unreachable: the outside-area route is reached only with an area, which always has the words typed',
  'src/pathway/decide.ts:46:47 OptionalChaining -> kb.contact(authority.frontDoor).citation':
    'equivalent: a front door is a checked reference',
  'src/pathway/decide.ts:50:9 ConditionalExpression -> true':
    'equivalent: every home authority has a front door, so frontDoorStep always gives a step here (safeguardingSteps.test.ts tests an authority without one)',
  'src/pathway/decide.ts:69:130 StringLiteral -> ""':
    'not worth a test: no service that leads for neurodevelopmental needs needs a diagnosis the case leaves unknown, so the clause changes no question today',
  'src/pathway/decide.ts:83:7 LogicalOperator -> consent === \'required-except\' || consentException':
    'equivalent with the printed sources: only the Early Help Unit prints a consent exception, and it is \'required-except\'',
  'src/pathway/decide.ts:83:7 ConditionalExpression -> true':
    'equivalent with the printed sources: as above',
  'src/pathway/decide.ts:84:88 Regex -> /except\\s+/i':
    'equivalent for every printed exception: "except" opens the text (as eligibility.ts:101:90)',
  'src/pathway/decide.ts:84:88 Regex -> /^except\\s/i':
    'equivalent for every printed exception: one space follows "except"',
  'src/pathway/decide.ts:92:142 StringLiteral -> "Stryker was here!"':
    'equivalent: the empty headline is always replaced before the route is returned',
  'src/pathway/decide.ts:163:40 StringLiteral -> "Stryker was here!"':
    'equivalent: as above, every branch of the contacts route sets the headline',
  'src/pathway/decide.ts:232:41 StringLiteral -> "Stryker was here!"':
    'equivalent: as above, every branch of the threshold route sets the headline',
  'src/pathway/decide.ts:323:39 StringLiteral -> "Stryker was here!"':
    'equivalent: as above, every branch of the process route sets the headline',
  'src/pathway/decide.ts:97:54 MethodExpression -> ranked':
    'not worth a test: a cap on work; services ranked below 14th are not among the first fits, and the ruled-out list keeps five',
  'src/pathway/decide.ts:102:63 OptionalChaining -> kb.concern(c).label':
    'equivalent: concerns in common are checked references',
  'src/pathway/decide.ts:119:56 ConditionalExpression -> false':
    'equivalent: the first leading fit scores the best, so it passes the 60% test anyway',
  'src/pathway/decide.ts:119:67 EqualityOperator -> f.score > best * 0.6':
    'not worth a test: a tuning threshold; no case scores exactly 60% of the best',
  'src/pathway/decide.ts:131:64 EqualityOperator -> ... .score > best * 0.5':
    'not worth a test: a tuning threshold; no ruled-out service scores exactly half the best',
  'src/pathway/decide.ts:138:64 EqualityOperator -> best <= 4':
    'not worth a test: a tuning threshold; word scores land exactly on 4 only by chance',
  'src/pathway/decide.ts:136:84 ConditionalExpression -> true':
    'not worth a test: reached only with named services of two authorities and no area, when the services\' own area criteria already ask for the area',
  'src/pathway/decide.ts:136:84 LogicalOperator -> s || !s.authority':
    'not worth a test: as above',
  'src/pathway/decide.ts:137:59 ConditionalExpression -> false':
    'not worth a test: only Step2 and Childline name no authority; unnamed they never make the first three fits (Step2 scores 2 lower), and named, the named-service clause already holds',
  'src/pathway/decide.ts:137:74 MethodExpression -> fits.slice(0, 3).some(...)':
    'not worth a test: as above',
  'src/pathway/decide.ts:137:74 MethodExpression -> fits':
    'not worth a test: as above',
  'src/pathway/decide.ts:137:97 ArrowFunction -> () => undefined':
    'not worth a test: as above',
  'src/pathway/decide.ts:137:102 BooleanLiteral -> f.service.authority':
    'not worth a test: as above',
  'src/pathway/decide.ts:141:17 MethodExpression -> (without the filter)':
    'equivalent: named service ids come from the knowledge (understanding matches entries by id)',
  'src/pathway/decide.ts:164:25 MethodExpression -> (without the filter)':
    'equivalent: as above',
  'src/pathway/decide.ts:233:17 MethodExpression -> (without the filter)':
    'equivalent: levels mentioned are ids from the knowledge',
  'src/pathway/decide.ts:275:22 MethodExpression -> (without the filter)':
    'equivalent: a level\'s services are checked references',
  'src/pathway/decide.ts:340:25 MethodExpression -> (without the filter)':
    'equivalent: a process\'s services are checked references',
  'src/pathway/decide.ts:166:77 OptionalChaining -> kb.contact(id).authority':
    'equivalent: named contact ids come from the knowledge',
  'src/pathway/decide.ts:166:106 OptionalChaining -> kb.contact(id).authority':
    'equivalent: as above',
  'src/pathway/decide.ts:172:31 ArrowFunction -> () => undefined':
    'equivalent: a named contact scores 10 or more, so the best is never under 5 when one is named',
  'src/pathway/decide.ts:187:29 ConditionalExpression -> true':
    'equivalent with the knowledge: only out-of-hours teams are named as another contact\'s out-of-hours, so a day contact finds no day team to add',
  'src/pathway/decide.ts:208:43 OptionalChaining -> kb.district(facts.area.district).name':
    'equivalent: a district in the facts comes from the gazetteer',
  'src/pathway/decide.ts:245:59 OptionalChaining -> kb.level(i.level).authority':
    'equivalent: indicator matches name levels of the knowledge',
  'src/pathway/decide.ts:258:64 OptionalChaining -> kb.authority(authorityId).name':
    'equivalent: the authority id comes from the area or a level, both checked',
  'src/pathway/decide.ts:262:27 OptionalChaining -> kb.authority(authorityId).name':
    'equivalent: as above',
  'src/pathway/decide.ts:261:22 MethodExpression -> (without the sort)':
    'equivalent: kb.levels is already in rank order within each authority; the sort states the contract',
  'src/pathway/decide.ts:261:78 ArrowFunction -> () => undefined':
    'equivalent: as above',
  'src/pathway/decide.ts:261:88 ArithmeticOperator -> a.rank + b.rank':
    'equivalent on Node: as above, and V8\'s sort leaves the already-ordered levels as they are',
  'src/pathway/decide.ts:281:9 ConditionalExpression -> true':
    'equivalent with the knowledge: every level prints contacts',
  'src/pathway/decide.ts:352:15 MethodExpression -> (without the filter)':
    'equivalent with the knowledge: every D9 neighbour prints both a safeguarding and an early help access point',
  'src/pathway/decide.ts:365:65 OptionalChaining -> facts.area.asTyped':
    'equivalent: the outside-area route is reached only with an area',

  'src/pathway/eligibility.ts:33:7 ConditionalExpression -> true':
    'equivalent: the index of places by name is only a cache; building it again gives the same map',
  'src/pathway/eligibility.ts:35:40 BooleanLiteral -> byName.has(place.name)':
    'equivalent with this gazetteer: the one name two places share (Arboretum, in the City and Derby) carries no health area in either',
  'src/pathway/eligibility.ts:35:40 ConditionalExpression -> true':
    'equivalent with this gazetteer: as above, a later place of the same name gives the same (absent) health area',
  'src/pathway/eligibility.ts:35:40 ConditionalExpression -> false':
    'equivalent with this gazetteer: as above; no place is found by a name it does not have',
  'src/pathway/eligibility.ts:50:36 OptionalChaining -> placeNamed(kb, area.place).healthArea':
    'equivalent: an area\'s place comes from the gazetteer, so it is found by its own name',
  'src/pathway/eligibility.ts:70:21 OptionalChaining -> facts.area.district':
    'equivalent: the line above returns when facts.area has no authority, so facts.area is set here',
  'src/pathway/eligibility.ts:71:83 ConditionalExpression -> true':
    'equivalent with this knowledge: no service is served by or excludes an authority\'s own id alongside its parts',
  'src/pathway/eligibility.ts:72:25 OptionalChaining -> kb.authority(authority).name':
    'equivalent: an area\'s authority comes from the gazetteer, so it exists',
  'src/pathway/eligibility.ts:105:31 MethodExpression -> service.areas.excluded':
    'not worth a test: only Small Steps excludes an area (Bassetlaw, a district), so every excluded id is a district',
  'src/pathway/eligibility.ts:106:155 StringLiteral (no coverage) -> "Stryker was here!"':
    'unreachable with this knowledge: a service whose served part is named with nothing excluded does not exist',
  'src/pathway/contactsNow.ts:19:18 EqualityOperator -> s.score >= 1.5':
    'not worth a test: the threshold is a tuning value of the relevance scores; no contact scores exactly 1.5',
  'src/understanding/riskScreen.ts:50:116 ArrayDeclaration (no coverage) -> ["Stryker was here"]':
    'not worth a test: the default for `ordinary` when eval:risk builds a screen; the bot always passes the intent examples',
  'src/understanding/riskScreen.ts:73:5 AssignmentOperator -> immediateDanger &&= signal.immediateDanger':
    'equivalent with this lexicon: immediate-danger is the only signal marked immediateDanger, and its id in the risks sets immediateDanger anyway (line 105)',
  'src/understanding/riskScreen.ts:92:64 ConditionalExpression -> true':
    'equivalent: the model\'s harm, past and none sum to 1, so past >= 0.6 already means harm < 0.5',
  'src/understanding/riskScreen.ts:92:64 EqualityOperator -> confidence <= RISK_THRESHOLD':
    'equivalent: as above, harm cannot reach 0.5 when past is 0.6 or more',
  'src/understanding/riskScreen.ts:101:30 MethodExpression -> harm':
    'equivalent: the leading harm is already in the set, and immediate danger is skipped as a runner-up either way',
  'src/understanding/riskScreen.ts:113:64 ConditionalExpression (no coverage) -> true':
    'unreachable: with past >= 0.6 the model\'s past reading already beats harm and none (they sum to at most 0.4), so `past` is true before this is read',
  'src/understanding/riskScreen.ts:113:64 EqualityOperator (no coverage) -> reading.past > PAST_OVER_LEXICON':
    'unreachable: as above',
  'src/understanding/riskScreen.ts:113:64 EqualityOperator (no coverage) -> reading.past < PAST_OVER_LEXICON':
    'unreachable: as above',

  'src/understanding/diagnosis.ts:34:25 Regex -> \\s instead of \\s+ after the possessive':
    'equivalent: the message is normalised first, so words are separated by single spaces',
  'src/understanding/diagnosis.ts:34:25 Regex -> (got\\s) instead of (got\\s+)':
    'equivalent: as above, single spaces',
  'src/understanding/diagnosis.ts:15:17 Regex -> think (she|he|they|it)?\\S*':
    'equivalent: after "think " every word already matches (pronoun and verb are optional), and \\S* only lengthens a match',
  'src/understanding/diagnosis.ts:15:17 Regex -> thinks (s no longer optional)':
    'equivalent: "think it\'s" and "think it is" are matched by the `think ...` alternative before it',
  'src/understanding/diagnosis.ts:16:17 Regex -> got (a |an )diagnosis':
    'equivalent: the first alternative, (has|have|got|with) (a |an )?(formal |confirmed |official )?([a-z]+ ){0,2}diagnosis, matches every such text',
  'src/understanding/diagnosis.ts:16:17 Regex -> with (a |an )(confirmed |formal )?diagnosis':
    'equivalent: as above',
  'src/understanding/diagnosis.ts:16:17 Regex -> with (a |an )?(confirmed |formal )diagnosis':
    'equivalent: as above',
  'src/understanding/diagnosis.ts:21:27 Regex -> awaiting( assessment) (no longer optional)':
    'equivalent: a bare "awaiting" is read as awaiting assessment by the status cues before the bare answers are tried',
  'src/understanding/diagnosis.ts:21:27 Regex -> ^\\S*(waiting|...)':
    'not worth a test: differs only for one word that ends in an answer ("nonwaiting"), which no one types',
  'src/understanding/diagnosis.ts:23:17 Regex -> ^\\S*(suspected|...)':
    'not worth a test: as above ("improbably" alone as an answer)',

  'src/understanding/intentClassifier.ts:24:80 StringLiteral -> "Stryker was here!"':
    'equivalent: at the end of a clause there is no next word; an empty string and any other non-matching text both leave the denial in force',
  'src/understanding/intentClassifier.ts:24:38 Regex -> /^(sure|yet)/':
    'not worth a test: differs only for a word that starts with "sure" or "yet" after a denial ("not surely")',
  'src/understanding/intentClassifier.ts:68:21 EqualityOperator -> i <= featureCount':
    'equivalent: the one extra write lands past the end of a Float64Array, which ignores it',
  'src/understanding/intentClassifier.ts:69:34 ArithmeticOperator -> total * model.totalExamples':
    'equivalent: every label\'s prior is scaled by the same factor (N squared), which the normalisation over labels cancels',

  'src/understanding/text.ts:9:7 ConditionalExpression -> false':
    'equivalent: the last message\'s normal form is only kept to save recomputing it',
  'src/understanding/text.ts:13:20 ObjectLiteral -> {}':
    'equivalent: as above, an empty record never matches, so the form is recomputed',
  'src/understanding/text.ts:28:7 ConditionalExpression -> true':
    'equivalent: the stem cache only saves recomputing; the stem computed again is the same',
  'src/understanding/text.ts:29:9 ConditionalExpression -> true':
    'equivalent: clearing the stem cache every time only means recomputing',
  'src/understanding/text.ts:29:9 ConditionalExpression -> false':
    'equivalent in behaviour: the bound on the stem cache only limits memory',
  'src/understanding/text.ts:29:9 EqualityOperator -> stemCache.size >= 50_000':
    'equivalent: as above, the bound only limits memory',
  'src/understanding/text.ts:29:9 EqualityOperator -> stemCache.size <= 50_000':
    'equivalent: clears the cache on nearly every call, which only means recomputing',
  'src/understanding/text.ts:54:7 ConditionalExpression -> true':
    'equivalent: the first-word index is only a cache; building it again gives the same positions',
  'src/understanding/text.ts:77:40 Regex -> /[\\s-]/':
    'equivalent: the empty words a run of spaces and hyphens leaves are joined by [\\s-]*, which matches the same texts',

  'src/pathway/authority.ts:15:92 OptionalChaining -> kb.contact(id).authority':
    'equivalent: named contact ids come from the knowledge (understanding matches entries by id)',
  'src/pathway/authority.ts:23:73 OptionalChaining -> kb.contact(a.frontDoor).outOfHours':
    'equivalent: a front door is a checked reference',
  'src/pathway/levelMatching.ts:15:9 ConditionalExpression -> false':
    'equivalent: an unknown level or group leaves the item undefined, and `item === undefined` skips it the same',
  'src/pathway/levelMatching.ts:15:9 LogicalOperator -> !level && !group':
    'equivalent: as above',

  'src/understanding/relevance.ts:68:9 ConditionalExpression -> true':
    'equivalent: the idf is only kept to save recomputing; computed again it is the same',
  'src/understanding/relevance.ts:77:9 ConditionalExpression -> true':
    'equivalent: as above, for an entry\'s length norm',
  'src/understanding/relevance.ts:103:9 ConditionalExpression -> true':
    'equivalent: the postings are only kept to save rebuilding them; rebuilt they are the same',
  'src/understanding/relevance.ts:45:106 AssignmentOperator -> length -= 1':
    'equivalent: every length and so the average change sign together, and BM25 uses only their ratio',

  'src/pathway/explain.ts:14:97 StringLiteral -> "Stryker was here!"':
    'equivalent: with no district, an empty id and any other unknown id both find no district',
  'src/pathway/explain.ts:14:147 StringLiteral -> "Stryker was here!"':
    'equivalent: as above, for the authority',

  'src/pathway/caseFacts.ts:7:45 StringLiteral -> ""':
    'not worth a test: a schema description for readers of the code; nothing reads it',
  'src/pathway/caseFacts.ts:9:41 StringLiteral -> ""':
    'not worth a test: as above',
  'src/pathway/caseFacts.ts:10:32 StringLiteral -> ""':
    'not worth a test: as above',
  'src/pathway/caseFacts.ts:11:48 StringLiteral -> ""':
    'not worth a test: as above',
  'src/pathway/caseFacts.ts:21:61 StringLiteral -> ""':
    'not worth a test: as above',

  'src/pathway/serviceRanking.ts:24:22 MethodExpression -> ids.map(id => kb.service(id))':
    'equivalent: a service\'s programmes are checked references, so every id is found',
  'src/pathway/serviceRanking.ts:27:12 ConditionalExpression -> true':
    'equivalent: a need no programme has picks out no programme either way',
  'src/pathway/serviceRanking.ts:27:12 EqualityOperator -> sharing >= 0':
    'equivalent: as above',

  'src/understanding/age.ts:49:68 MethodExpression -> months[0]':
    'equivalent: a months match begins after a lookbehind and ends at a word boundary, so it has no spaces to trim',
  'src/understanding/age.ts:54:70 MethodExpression -> subject[0]':
    'equivalent: as above, the match begins and ends at a word boundary',
  'src/understanding/age.ts:62:128 MethodExpression -> aged[0]':
    'equivalent: as above',
  'src/understanding/age.ts:52:7 LogicalOperator -> years || yearsValue !== undefined':
    'equivalent: when the years pattern matches, one of its two number groups always holds the number',
  'src/understanding/age.ts:52:16 ConditionalExpression -> true':
    'equivalent: as above',
  'src/understanding/age.ts:60:79 ConditionalExpression -> false':
    'equivalent: the only negative age in the list is -1, which either branch returns',
  'src/understanding/age.ts:21:21 Regex -> (?!\\s(?:olds?|old\\b))':
    'not worth a test: differs only for "year 2olds" run together',
  'src/understanding/age.ts:21:21 Regex -> (?!\\s*(?:olds|old\\b))':
    'not worth a test: differs only for "year 2 old" with no "s", which no one writes for a school year',
  'src/understanding/age.ts:24:4 Regex -> pregnan\\w':
    'equivalent: every word that starts "pregnan" has a letter after it',
  'src/understanding/age.ts:32:69 StringLiteral -> ""':
    'equivalent for what the code reads: only a capitalised number word ("Twelve") differs, and that is misread either way (reported: NUMBER_WORDS is looked up in the case typed)',

  'src/understanding/attributes.ts:33:89 ArrayDeclaration -> ["Stryker was here"]':
    'unreachable: the schema\'s record over the attributes requires every attribute, so `?? []` never applies',
  'src/understanding/attributes.ts:47:68 ArithmeticOperator -> a.end + a.start':
    'not worth a test: it only breaks the order in which overlapping readings are weighed; found by no realistic message in the tests',
  'src/understanding/attributes.ts:48:29 EqualityOperator -> span.start <= k.end':
    'equivalent: a phrase match starts and ends at a word boundary, so two matches never touch without a character between',
  'src/understanding/attributes.ts:48:51 EqualityOperator -> k.start <= span.end':
    'equivalent: as above',

  'src/understanding/intentRules.ts:41:157 StringLiteral (no coverage) -> "Stryker was here!"':
    'unreachable with this knowledge: every whole-message group in intent-cues.yaml lists words that may follow it',

  'src/understanding/circumstances.ts:47:86 ArrayDeclaration (no coverage) -> ["Stryker was here"]':
    'unreachable: the schema\'s record over the roles requires every role, so `?? []` never applies',
  'src/understanding/circumstances.ts:48:123 ArrayDeclaration (no coverage) -> ["Stryker was here"]':
    'unreachable: as above',

  'src/understanding/named.ts:16:66 StringLiteral (no coverage) -> "Stryker was here!"':
    'unreachable: every level name has at least one word',
  'src/understanding/named.ts:16:27 Regex -> /(needs|support)$/':
    'not worth a test: differs only for a level name whose last word ends in "needs" or "support" without being it',
  'src/understanding/named.ts:16:27 Regex -> /^(needs|support)/':
    'not worth a test: differs only for a last word that starts with "needs" or "support" ("Supported")',
  'src/understanding/named.ts:16:78 ArrayDeclaration -> ["Stryker was here"]':
    'not worth a test: adds a short name "Stryker was here", which no message contains',
  'src/understanding/named.ts:19:94 ArrayDeclaration -> ["Stryker was here"]':
    'not worth a test: as above',
  'src/understanding/named.ts:57:71 ArrayDeclaration -> ["Stryker was here"]':
    'not worth a test: as above, for a level with no title',
  'src/understanding/named.ts:17:46 Regex -> /\\sor\\s+/':
    'equivalent: the name is normalised first, so words are separated by single spaces',
  'src/understanding/named.ts:17:46 Regex -> /\\s+or\\s/':
    'equivalent: as above',
  'src/understanding/named.ts:19:69 MethodExpression -> alternatives':
    'equivalent: the first alternative\'s first word is already the first short name; the whole first alternative is the name itself, matched anyway',
  'src/understanding/named.ts:44:68 StringLiteral -> ""':
    'equivalent for the printed names: every bracketed note stands apart from the words around it',
  'src/understanding/named.ts:79:45 ConditionalExpression -> true':
    'equivalent: one edit (the typo distance asked for) never changes a length by more than one',
  'src/understanding/named.ts:106:63 Regex -> /^\\s(needs?|support)\\b/':
    'equivalent: the message is normalised first, so a single space follows the name',
  'src/understanding/named.ts:109:81 EqualityOperator -> b.start > a.end':
    'equivalent: two names found in a message never touch, since each ends and starts at a word boundary',

  'src/understanding/cues.ts:15:50 BlockStatement -> {}':
    'equivalent: a catch that returns nothing returns undefined, which refine reads as false just the same',
  'src/understanding/cues.ts:12:21 Regex -> /\\/(.+)\\/$/s':
    'not worth a test: differs only for a phrase with a slash inside that ends in one ("either/or/")',
  'src/understanding/cues.ts:12:21 Regex -> /^\\/(.+)\\//s':
    'not worth a test: differs only for a phrase that starts with a slash and has another before its end',

  'src/understanding/riskModelCache.ts:80:9 ConditionalExpression -> true':
    'equivalent on a little-endian machine, where the tests run: both branches read the same little-endian numbers (the byte-by-byte branch is tested with endianness() mocked to "BE")',
  'src/understanding/riskModelCache.ts:80:9 ConditionalExpression -> false':
    'equivalent: as above, the byte-by-byte branch reads the same numbers',
  'src/understanding/riskModelCache.ts:80:9 EqualityOperator -> endianness() !== \'LE\'':
    'equivalent: as above',
  'src/understanding/riskModelCache.ts:80:26 StringLiteral -> ""':
    'equivalent: as above',
  'src/understanding/riskModelCache.ts:71:7 ConditionalExpression -> false':
    'equivalent: reading no bytes throws inside the try and is taken as nothing kept',
  'src/understanding/riskModelCache.ts:92:11 BlockStatement -> {}':
    'equivalent: an empty catch returns undefined, the same as `return undefined`',
  'src/understanding/riskModelCache.ts:14:16 StringLiteral -> ""':
    'equivalent: the format is written and checked by the same code, so any constant behaves the same',
  'src/understanding/riskModelCache.ts:64:52 StringLiteral -> ""':
    'equivalent: Buffer.from reads an empty encoding name as UTF-8, the default',
  'src/understanding/riskModelCache.ts:45:54 Regex -> /.*\\//':
    'equivalent: a greedy match from the first character takes the same folder part as one anchored there',
  'src/understanding/riskModelCache.ts:45:63 StringLiteral -> "Stryker was here!"':
    'equivalent: the same prefix for every code file keeps keys equal where they were equal and different where they differed',
  'src/understanding/riskModelCache.ts:52:10 MethodExpression -> (without the slice)':
    'equivalent: the cap on probe texts only bounds the work; without it a corpus whose length is not a multiple of 8 gets one probe more, chosen the same way when writing and reading',

  'src/pathway/focus.ts:35:60 OptionalChaining -> kb.service(named).citation':
    'equivalent: the clause before it has just checked that kb.service(named) exists',
  'src/pathway/focus.ts:45:5 ConditionalExpression -> default: (empty)':
    'equivalent: an empty default falls off the end of the function, which returns undefined as well',
  'src/pathway/focus.ts:80:100 ArrayDeclaration -> ["Stryker was here"]':
    'equivalent: a line with no word of four letters gets the stem of "stryker was here", which no question asks',
  'src/pathway/focus.ts:86:7 ConditionalExpression -> true':
    'equivalent: the weights per knowledge base are only kept to save working them out again',
  'src/pathway/focus.ts:90:61 StringLiteral -> "Stryker was here!"':
    'not worth a test: a contact with no summary counts as one line of made-up words; every weight moves by the same amount, so no ranking changes',
  'src/pathway/focus.ts:94:32 ArithmeticOperator -> lines.length - 1':
    'not worth a test: as above, every weight moves by the same amount (only an offer scored within a hair of PART_NAMED could change)',
  'src/pathway/focus.ts:127:44 Regex -> /(what|who|...|that)\\b/':
    'equivalent for the phrases passed: each either starts with one of these words or contains none of them',
  'src/pathway/focus.ts:146:171 StringLiteral -> "Stryker was here!"':
    'equivalent: only an authority with no front door reaches `?? ""`, and no contact has either id',
  'src/pathway/focus.ts:149:42 StringLiteral -> ""':
    'equivalent: processesFor reads any kind but "service" as a contact',
  'src/pathway/focus.ts:164:37 OptionalChaining -> kb.district(asked.district).name':
    'equivalent: a district in the facts comes from the gazetteer, so it exists',
  'src/pathway/focus.ts:165:32 OptionalChaining -> askedAuthority.name':
    'equivalent: an authority in the facts comes from the gazetteer, so it exists',
  'src/pathway/focus.ts:170:110 OptionalChaining -> door.phones[0].number':
    'equivalent with the knowledge: every front door prints a phone number',
  'src/pathway/focus.ts:170:136 StringLiteral (no coverage) -> "Stryker was here!"':
    'unreachable with the knowledge: as above',
  'src/pathway/focus.ts:184:20 MethodExpression -> (without the Set)':
    'equivalent: a contact listed twice is still the same first contact',
  'src/pathway/focus.ts:193:20 EqualityOperator -> offer.score > PART_NAMED':
    'not worth a test: a tuning threshold; a score of exactly 3 comes only by chance',
  'src/pathway/focus.ts:214:65 OptionalChaining -> kb.concern(id).label':
    'equivalent: diagnoses required are checked references to concerns',
  'src/pathway/focus.ts:220:93 ArrayDeclaration -> ["Stryker was here"]':
    'equivalent: adds a made-up line that says no hours',
  'src/pathway/focus.ts:310:75 ArrayDeclaration -> ["Stryker was here"]':
    'equivalent: as above',
  'src/pathway/focus.ts:232:147 OptionalChaining -> e.consentException.replace':
    'equivalent with the printed sources: the one service whose consent is \'required-except\' prints its exception',
  'src/pathway/focus.ts:232:175 Regex -> /except\\s+/i':
    'equivalent for every printed exception: "except" opens the text (as eligibility.ts)',
  'src/pathway/focus.ts:232:175 Regex -> /^except\\s/i':
    'equivalent for every printed exception: one space follows "except"',
  'src/pathway/focus.ts:232:197 StringLiteral (no coverage) -> "Stryker was here!"':
    'unreachable with the printed sources: as 232:147',
  'src/pathway/focus.ts:262:23 ConditionalExpression -> true':
    'equivalent: "about" is answered with the summary either way',
  'src/pathway/focus.ts:262:37 StringLiteral -> ""':
    'equivalent: as above',
  'src/pathway/focus.ts:284:123 StringLiteral -> "Stryker was here!"':
    'equivalent: a level with no title leaves the words of "stryker was here" out of the question, which never has them',
  'src/pathway/focus.ts:303:87 Regex -> /[.\\s]$/':
    'not worth a test: differs only for a printed line ending in two stops or spaces',
  'src/pathway/focus.ts:304:59 ConditionalExpression -> true (j !== i)':
    'equivalent: an answer compared with itself is neither longer nor earlier, so it never drops itself',
  'src/pathway/focus.ts:304:137 EqualityOperator -> j <= i':
    'equivalent: j !== i is already required',
  'src/pathway/focus.ts:62:13 Regex -> ...\\bevery\\s(...)':
    'equivalent for the printed text: one space follows "every"',
  'src/pathway/focus.ts:64:10 Regex -> ...days?( mornings| afternoons?| evenings?)?':
    'equivalent: the day already says hours; the time of day after it is optional',
  'src/pathway/focus.ts:64:10 Regex -> ...days?( mornings?| afternoons| evenings?)?':
    'equivalent: as above',
  'src/pathway/focus.ts:64:10 Regex -> ...days?( mornings?| afternoons?| evenings)?':
    'equivalent: as above',
  'src/pathway/focus.ts:66:10 Regex -> /\\b0\\d{3,4}\\s?\\d/':
    'not worth a test: differs only for a code followed by one to two digits ("0115 8"), which no printed line has',
  'src/pathway/focus.ts:70:12 Regex -> ...three)\\s(working\\s+)?...':
    'equivalent for the printed text: one space between words',
  'src/pathway/focus.ts:70:12 Regex -> ...\\s+(working\\s)?...':
    'equivalent for the printed text: as above',

  'src/understanding/area.ts:67:19 ConditionalExpression -> false':
    'equivalent: the letter counts only rule pairs out before the edit distance, which decides; counting fewer letters (or none), or allowing more difference, rules out fewer pairs, and two edits never change the counts by more than four',
  'src/understanding/area.ts:67:19 EqualityOperator -> i <= s.length':
    'equivalent: the extra step reads NaN, which is no letter',
  'src/understanding/area.ts:67:19 EqualityOperator -> i >= s.length':
    'equivalent: the letter counts only rule pairs out before the edit distance, which decides; counting fewer letters (or none), or allowing more difference, rules out fewer pairs, and two edits never change the counts by more than four',
  'src/understanding/area.ts:67:38 BlockStatement -> {}':
    'equivalent: the letter counts only rule pairs out before the edit distance, which decides; counting fewer letters (or none), or allowing more difference, rules out fewer pairs, and two edits never change the counts by more than four',
  'src/understanding/area.ts:68:15 ArithmeticOperator -> s.charCodeAt(i) + 97':
    'equivalent: the letter counts only rule pairs out before the edit distance, which decides; counting fewer letters (or none), or allowing more difference, rules out fewer pairs, and two edits never change the counts by more than four',
  'src/understanding/area.ts:69:9 ConditionalExpression -> false':
    'equivalent: the letter counts only rule pairs out before the edit distance, which decides; counting fewer letters (or none), or allowing more difference, rules out fewer pairs, and two edits never change the counts by more than four',
  'src/understanding/area.ts:69:9 ConditionalExpression -> true':
    'equivalent: an index outside 0-25 is ignored by the Int8Array, as the check ignores it',
  'src/understanding/area.ts:69:9 ConditionalExpression -> true (c >= 0)':
    'equivalent: as above',
  'src/understanding/area.ts:69:9 EqualityOperator -> c < 0':
    'equivalent: the letter counts only rule pairs out before the edit distance, which decides; counting fewer letters (or none), or allowing more difference, rules out fewer pairs, and two edits never change the counts by more than four',
  'src/understanding/area.ts:69:9 EqualityOperator -> c > 0':
    'equivalent: the letter counts only rule pairs out before the edit distance, which decides; counting fewer letters (or none), or allowing more difference, rules out fewer pairs, and two edits never change the counts by more than four',
  'src/understanding/area.ts:69:9 LogicalOperator -> c >= 0 || c < 26':
    'equivalent: an index outside 0-25 is ignored by the Int8Array',
  'src/understanding/area.ts:69:19 ConditionalExpression -> true':
    'equivalent: as above',
  'src/understanding/area.ts:69:19 EqualityOperator -> c <= 26':
    'equivalent: as above',
  'src/understanding/area.ts:69:19 EqualityOperator -> c >= 26':
    'equivalent: the letter counts only rule pairs out before the edit distance, which decides; counting fewer letters (or none), or allowing more difference, rules out fewer pairs, and two edits never change the counts by more than four',
  'src/understanding/area.ts:69:27 UpdateOperator -> counts[c]--':
    'equivalent: both words are counted the same way, so the differences are the same',
  'src/understanding/area.ts:77:19 ConditionalExpression -> false':
    'equivalent: the letter counts only rule pairs out before the edit distance, which decides; counting fewer letters (or none), or allowing more difference, rules out fewer pairs, and two edits never change the counts by more than four',
  'src/understanding/area.ts:77:19 EqualityOperator -> i >= 26':
    'equivalent: the letter counts only rule pairs out before the edit distance, which decides; counting fewer letters (or none), or allowing more difference, rules out fewer pairs, and two edits never change the counts by more than four',
  'src/understanding/area.ts:77:32 AssignmentOperator -> difference -= ...':
    'equivalent: the letter counts only rule pairs out before the edit distance, which decides; counting fewer letters (or none), or allowing more difference, rules out fewer pairs, and two edits never change the counts by more than four',
  'src/understanding/area.ts:78:10 ConditionalExpression -> true':
    'equivalent: the letter counts only rule pairs out before the edit distance, which decides; counting fewer letters (or none), or allowing more difference, rules out fewer pairs, and two edits never change the counts by more than four',
  'src/understanding/area.ts:82:7 ConditionalExpression -> false (a[0] !== b[0])':
    'equivalent: the names tried are filed by their first letter, which is the typed word\'s',
  'src/understanding/area.ts:82:7 ConditionalExpression -> false':
    'equivalent: as above, and a length differing by more than two is more than two edits, which the edit distance refuses',
  'src/understanding/area.ts:82:7 LogicalOperator -> a[0] !== b[0] && ...':
    'equivalent: as above',
  'src/understanding/area.ts:82:24 ConditionalExpression -> false':
    'equivalent: a length differing by more than two is more than two edits',
  'src/understanding/area.ts:85:33 EqualityOperator -> JaroWinklerDistance(a, b) > 0.9':
    'not worth a test: a tuning floor; a similarity of exactly 0.9 comes only by chance',
  'src/understanding/area.ts:85:33 ConditionalExpression -> true':
    'not worth a test: a second guard beside the edit distance; no typo in the tests is within the edits allowed yet under 0.9',
  'src/understanding/area.ts:24:114 Regex -> /[\\s-]/':
    'equivalent: names are normalised, so single spaces or hyphens separate their words',
  'src/understanding/area.ts:24:161 ObjectLiteral -> {}':
    'equivalent with this knowledge: each bare alias is one word, so line 38 marks it bare again as a name that begins with a bare word',
  'src/understanding/area.ts:29:48 BooleanLiteral -> false':
    'equivalent with this knowledge: as above',

  'src/understanding/area.ts:33:52 OptionalChaining -> kb.district(p.district).authority':
    'equivalent: a place\'s district is a checked reference',
  'src/understanding/area.ts:47:91 Regex -> /[\\s-]/':
    'equivalent: names are normalised, so single spaces or hyphens separate their words',
  'src/understanding/area.ts:95:7 Regex -> /^\\slines?\\b/':
    'equivalent: the text is normalised, so one space follows the alias',
  'src/understanding/area.ts:96:45 Regex -> /([a-z\']+)\\s$/':
    'equivalent: as above, one space before the alias',
  'src/understanding/area.ts:102:45 ArrayDeclaration -> ["Stryker was here"]':
    'equivalent: a string in the list of spans taken compares as NaN, so it overlaps nothing',
  'src/understanding/area.ts:120:43 ArrayDeclaration -> ["Stryker was here"]':
    'equivalent: a text with no letters gets the made-up word, whose first letter ("S") files no name',
  'src/understanding/area.ts:111:42 EqualityOperator -> start <= e':
    'equivalent: names match at word boundaries, so two found in a message never touch',
  'src/understanding/area.ts:111:55 EqualityOperator -> end >= s':
    'equivalent: as above',
  'src/understanding/area.ts:111:83 ConditionalExpression -> true':
    'equivalent: the same phrase at the same start has the same end',
  'src/understanding/area.ts:152:23 Regex -> /(lives in|...)\\b/':
    'equivalent: the match it is tested on begins with the cue',
  'src/understanding/area.ts:162:41 Regex -> /[.!?]/':
    'not worth a test: differs only for a reply with a stop inside it as well as at its end, which the next check refuses either way',
  'src/understanding/area.ts:222:101 StringLiteral (no coverage) -> "Stryker was here!"':
    'unreachable: every entry of the gazetteer has an authority',
  'src/understanding/area.ts:42:71 StringLiteral -> "Stryker was here!"':
    'not worth a test: only lets a name of under five letters with a space or hyphen be guessed at, and no such name is one slip from a typed word of six',
  'src/understanding/area.ts:210:88 ConditionalExpression -> true':
    'kept as a finding (mutation4): killing it means pinning "lives in Mansfield, goes to school in Arnold" -> Arnold, which looks wrong (see the session report); decide the behaviour first',
  'src/understanding/area.ts:210:88 EqualityOperator -> ... .size >= 1':
    'as above',
  // Triaged in mutation5 (2026-12-03); the gazetteer claims checked against knowledge/geography.yaml as it stands.
  'src/understanding/area.ts:23:11 ConditionalExpression -> false':
    'equivalent with this gazetteer: no name or alias is shorter than three letters',
  'src/understanding/area.ts:42:43 ConditionalExpression -> true':
    'equivalent with this gazetteer: the only names under five letters (York, Hull, Wath, NCC) are two slips or more from any word of six letters (the shortest tried alone), and a pair is only tried against two-word names',
  'src/understanding/area.ts:44:47 StringLiteral -> ""':
    'equivalent with this gazetteer: every hyphenated name has three words or more (Radcliffe-on-Trent, Sutton-in-Ashfield), and fuzzy matching tries one word or two',
  'src/understanding/area.ts:111:68 LogicalOperator -> s === start && e === end || phrase === entry.phrase':
    'equivalent: one phrase matches the same words wherever it is found, so the same phrase over a different but overlapping span cannot happen; only the rest of the condition decides',
  'src/understanding/area.ts:111:68 ConditionalExpression -> true (s === start && e === end)':
    'equivalent: as above',
  'src/understanding/area.ts:111:68 LogicalOperator -> s === start || e === end':
    'equivalent: as above',
  'src/understanding/area.ts:111:68 ConditionalExpression -> true (s === start)':
    'equivalent: as above',
  'src/understanding/area.ts:111:96 ConditionalExpression -> true':
    'equivalent with this gazetteer: two different phrases over exactly the same words are spellings of one place ("Newark & Sherwood", "Newark and Sherwood"), so keeping both changes nothing',
  'src/understanding/area.ts:127:9 ConditionalExpression -> true':
    'equivalent: a pair has a space and the known words have none, so no pair is skipped either way',
  'src/understanding/area.ts:129:69 ConditionalExpression -> true':
    'not worth a test: a single word would also be tried against two-word names (and the reverse), where a missing space is one slip ("westbridgford"); arguably better, so not pinned either way',
  'src/understanding/area.ts:129:69 LogicalOperator -> ... || withinTwoEdits(...)':
    'not worth a test: as above',
  'src/understanding/area.ts:129:69 ConditionalExpression -> true (t.entry.words === gram.length)':
    'not worth a test: as above',
  'src/understanding/area.ts:190:94 ArithmeticOperator -> startOf(o) - o.asTyped.length':
    'equivalent in practice: the cue text then starts a name\'s length before the previous place, but the 35-character window cuts it short of any residence word before that place',
  'src/understanding/area.ts:214:7 ConditionalExpression -> true':
    'equivalent in practice: with one authority every list below settles it (the places only one authority has are all of them), on the first place a residence cue points at or the first place, as the code after the branch does',
  'src/understanding/area.ts:214:7 EqualityOperator -> authorities.size >= 1':
    'equivalent in practice: as above',
  'src/understanding/area.ts:219:62 ConditionalExpression -> true':
    'not worth a test: any other place of the same authority, not only its name, would confirm it; the places only one authority has (anchored, next) settle the same messages',
  'src/understanding/area.ts:126:29 StringLiteral -> "Stryker was here!"':
    'equivalent with this gazetteer: pairs of under five letters would also be tried, but the two-word names have six letters or more, two slips or more from such a pair, more than the one allowed',
  'src/understanding/area.ts:224:62 EqualityOperator -> o.asTyped !== m.asTyped':
    'equivalent in practice: a place is then ruled out by a differently named place of another authority instead of its namesake; whenever both readings can differ, places of two authorities are named and neither leaves a single authority (checked on Arboretum alone, beside one city\'s place, and beside both)',
  'src/understanding/area.ts:217:18 MethodExpression -> specific':
    'not worth a test: reached only when the cues bounded by the previous place point at two authorities or none; no message found in the time where the unbounded 35-character window then settles it differently',
  'src/understanding/area.ts:139:19 Regex -> /...never)\\s(?:in\\s+)?(?:the\\s+)?$/':
    'equivalent: the text is normalised, so one space follows "not"',
  'src/understanding/area.ts:139:19 Regex -> /...never)\\s+(?:in\\s)?(?:the\\s+)?$/':
    'equivalent: as above, one space after "in"',
  'src/understanding/area.ts:139:19 Regex -> /...never)\\s+(?:in\\s+)?(?:the\\s)?$/':
    'equivalent: as above, one space after "the"',
  'src/understanding/area.ts:143:21 Regex -> /...\\bfrom\\s$/':
    'equivalent: as above, one space after "from" (FORMER_HOME)',
  'src/understanding/area.ts:217:34 ArrowFunction -> () => undefined':
    'not worth a test: as 217:18',

  'src/understanding/personalData.ts:100:7 ConditionalExpression -> true':
    'equivalent: the place names are only kept to save reading them again',
  'src/understanding/personalData.ts:108:28 OptionalChaining -> NOT_A_NAME.match(...)[1]':
    'equivalent: the constant always has the group the pattern looks for',
  'src/understanding/personalData.ts:108:71 StringLiteral (no coverage) -> "Stryker was here!"':
    'unreachable: as above',
  'src/understanding/personalData.ts:119:81 StringLiteral -> "Stryker was here!"':
    'equivalent: a name-shaped match holds only letters, apostrophes and hyphens (NAME_PART), which the replace keeps, so it never replaces anything',
  'src/understanding/personalData.ts:122:64 StringLiteral -> "Stryker was here!"':
    'equivalent: it only changes words with an apostrophe or hyphen, and no such word is one of NOT_A_NAME\'s, before or after',
  'src/understanding/personalData.ts:115:29 Regex -> /\\s/':
    'equivalent: a name-shaped match has single spaces between its words (NAME_WORDS joins them with one \\s)',

  // understander.ts, scored with stryker.models.config.mjs against tests/mutation/understander.suite.ts (mutation5).
  'src/understanding/understander.ts:41:95 ArrowFunction -> () => undefined':
    'caught, but reported as survived: with no risk signal id known, loading the corpus stops on every example, so no understander is built and the test files fail to load, which the vitest runner counts as no failing test',
  'src/understanding/understander.ts:42:139 BlockStatement -> {}':
    'caught, but reported as survived: no understander is returned, so the tests\' shared understander (tests/understanding/understander.ts) fails on import, as above',
  'src/understanding/understander.ts:52:10 ObjectLiteral -> {}':
    'caught, but reported as survived: an understander without understand() fails the shared helper\'s import, as above',
  'src/understanding/understander.ts:64:54 ArrayDeclaration -> ["Stryker was here"]':
    'equivalent: findDiagnoses keeps only the case\'s concerns that are conditions it knows',
  'src/understanding/understander.ts:71:39 EqualityOperator -> screened.young > YOUNG_WRITER':
    'not worth a test: a tuning threshold; no message scores exactly 0.7',
  'src/understanding/understander.ts:209:44 OptionalChaining -> kb.service(id).authority':
    'equivalent: every named service id is a checked reference',
  'src/understanding/understander.ts:210:44 OptionalChaining -> kb.contact(id).authority':
    'equivalent: every named contact id is a checked reference',
  // understander.ts, rescored in mutation6 (lines with survivors only, against the suite with understanderInContext.test.ts).
  "src/understanding/understander.ts:48:54 ArrayDeclaration -> []":
    "not killed, not analysed: the guidance-line matcher without its framing phrases still quotes lines for the suite's one guidance question (guidanceLines.test.ts tests the matcher itself)",
  "src/understanding/understander.ts:62:128 ObjectLiteral -> {}":
    "not killed: with the area set aside, areaCandidates becomes undefined instead of []; no test reads the candidates of a message whose area is set aside",
  "src/understanding/understander.ts:90:13 ConditionalExpression -> false":
    "equivalent in practice: asked for the concern, the answer's own boost (2.5) outweighs what hasCaseFact adds to the rules (provide-facts 1.6)",
  "src/understanding/understander.ts:90:27 StringLiteral -> \"\"":
    "equivalent in practice: asked for the concern, the answer's own boost (2.5) outweighs what hasCaseFact adds to the rules (provide-facts 1.6)",
  "src/understanding/understander.ts:90:40 ConditionalExpression -> true":
    "equivalent in practice: asked for the concern, the answer's own boost (2.5) outweighs what hasCaseFact adds to the rules (provide-facts 1.6)",
  "src/understanding/understander.ts:90:40 EqualityOperator -> concerns.length >= 0":
    "equivalent in practice: asked for the concern, the answer's own boost (2.5) outweighs what hasCaseFact adds to the rules (provide-facts 1.6)",
  "src/understanding/understander.ts:90:40 EqualityOperator -> concerns.length <= 0":
    "equivalent in practice: asked for the concern, the answer's own boost (2.5) outweighs what hasCaseFact adds to the rules (provide-facts 1.6)",
  "src/understanding/understander.ts:95:11 ConditionalExpression -> true":
    "not killed: no message in the suite, or tried, is read as safeguarding only through harm words it denies; the two denial tests pass without the reduction",
  "src/understanding/understander.ts:95:11 ConditionalExpression -> false":
    "not killed: no message in the suite, or tried, is read as safeguarding only through harm words it denies; the two denial tests pass without the reduction",
  "src/understanding/understander.ts:95:11 LogicalOperator -> screened.denied.length || !screened.risks.length":
    "not killed: no message in the suite, or tried, is read as safeguarding only through harm words it denies; the two denial tests pass without the reduction",
  "src/understanding/understander.ts:95:37 BooleanLiteral -> screened.risks.length":
    "not killed: no message in the suite, or tried, is read as safeguarding only through harm words it denies; the two denial tests pass without the reduction",
  "src/understanding/understander.ts:95:72 StringLiteral -> \"\"":
    "not killed: no message in the suite, or tried, is read as safeguarding only through harm words it denies; the two denial tests pass without the reduction",
  "src/understanding/understander.ts:95:88 ArithmeticOperator -> (scores.get('safeguarding') ?? 0) / 0.2":
    "not killed: no message in the suite, or tried, is read as safeguarding only through harm words it denies; the two denial tests pass without the reduction",
  "src/understanding/understander.ts:95:89 LogicalOperator -> scores.get('safeguarding') && 0":
    "not killed: no message in the suite, or tried, is read as safeguarding only through harm words it denies; the two denial tests pass without the reduction",
  "src/understanding/understander.ts:95:100 StringLiteral -> \"\"":
    "not killed: no message in the suite, or tried, is read as safeguarding only through harm words it denies; the two denial tests pass without the reduction",
  "src/understanding/understander.ts:103:36 StringLiteral -> \"\"":
    "equivalent in practice: the \"why\" and \"what if\" cues' boost (3), with the classifier, outweighs the answer's 2.5 in every reply tried",
  "src/understanding/understander.ts:103:62 StringLiteral -> \"\"":
    "equivalent in practice: the \"why\" and \"what if\" cues' boost (3), with the classifier, outweighs the answer's 2.5 in every reply tried",
  "src/understanding/understander.ts:104:58 ConditionalExpression -> true":
    "not killed in the time: needs a reply to \"How old?\" with no age in it that is read as something else, and the answer boost applied anyway",
  "src/understanding/understander.ts:105:13 ConditionalExpression -> true":
    "not killed in the time: needs a reply with no fact in it (or a long one with facts) to another question that is read as something else; the candidates found (\"she lives in Doncaster but goes to school in Retford\" when asked for a diagnosis) are facts a reader would accept as well",
  "src/understanding/understander.ts:105:13 LogicalOperator -> hasCaseFact || concerns.length > 0 || wordCount <= 8":
    "not killed in the time: needs a reply with no fact in it (or a long one with facts) to another question that is read as something else; the candidates found (\"she lives in Doncaster but goes to school in Retford\" when asked for a diagnosis) are facts a reader would accept as well",
  "src/understanding/understander.ts:105:14 ConditionalExpression -> true":
    "not killed in the time: needs a reply with no fact in it (or a long one with facts) to another question that is read as something else; the candidates found (\"she lives in Doncaster but goes to school in Retford\" when asked for a diagnosis) are facts a reader would accept as well",
  "src/understanding/understander.ts:105:29 EqualityOperator -> concerns.length >= 0":
    "not killed in the time: needs a reply with no fact in it (or a long one with facts) to another question that is read as something else; the candidates found (\"she lives in Doncaster but goes to school in Retford\" when asked for a diagnosis) are facts a reader would accept as well",
  "src/understanding/understander.ts:105:53 ConditionalExpression -> true":
    "not killed in the time: needs a reply with no fact in it (or a long one with facts) to another question that is read as something else; the candidates found (\"she lives in Doncaster but goes to school in Retford\" when asked for a diagnosis) are facts a reader would accept as well",
  "src/understanding/understander.ts:106:13 ConditionalExpression -> true":
    "equivalent: a zero boost adds nothing, and the provide-facts rule's boost (1.6) is below both answer boosts (2, 2.5), so Math.max never takes it",
  "src/understanding/understander.ts:106:69 StringLiteral -> \"\"":
    "equivalent: a zero boost adds nothing, and the provide-facts rule's boost (1.6) is below both answer boosts (2, 2.5), so Math.max never takes it",
  "src/understanding/understander.ts:112:32 LogicalOperator -> framing.aboutTheGuidance(text, true) || age.ageYears === undefined":
    "not killed in the time: no suite message has the guidance framing and an age together",
  "src/understanding/understander.ts:112:63 BooleanLiteral -> false":
    "not killed in the time: no suite message has the guidance framing and an age together",
  "src/understanding/understander.ts:112:72 ConditionalExpression -> true":
    "not killed in the time: no suite message has the guidance framing and an age together",
  "src/understanding/understander.ts:119:20 EqualityOperator -> top!.confidence <= CONFIDENT":
    "not worth a test: a tuning threshold (0.45, 0.12); no reading lands exactly on it",
  "src/understanding/understander.ts:119:64 EqualityOperator -> top!.confidence - second.confidence <= CLEAR_MARGIN":
    "not worth a test: a tuning threshold (0.45, 0.12); no reading lands exactly on it",
  "src/understanding/understander.ts:129:33 LogicalOperator -> age.ageYears === undefined || framing.aboutChildrenInGeneral(text)":
    "not killed in the time: no suite message is about children in general and gives an age",
  "src/understanding/understander.ts:129:33 ConditionalExpression -> true":
    "not killed in the time: no suite message is about children in general and gives an age",
  "src/understanding/understander.ts:153:10 LogicalOperator -> recognised || attributes?.length":
    "equivalent for 153:24 (recognised && is false first whenever attributes is undefined); 153:10 not killed: no suite message both states the consent and asks only about it",
  "src/understanding/understander.ts:153:24 OptionalChaining -> attributes.length":
    "equivalent for 153:24 (recognised && is false first whenever attributes is undefined); 153:10 not killed: no suite message both states the consent and asks only about it",
  "src/understanding/understander.ts:158:84 ArrowFunction -> () => undefined":
    "probably caught, but reported as survived: undefined examples reach the risk model's training when the shared understander is built (as 41:95); not checked",
  "src/understanding/understander.ts:162:24 ConditionalExpression -> true":
    "not killed in the time: as 104:58",
  "src/understanding/understander.ts:165:51 ConditionalExpression -> true":
    "equivalent: facts.diagnoses is set only when it is not empty",
  "src/understanding/understander.ts:165:51 EqualityOperator -> Object.keys(facts.diagnoses).length >= 0":
    "equivalent: facts.diagnoses is set only when it is not empty",
  "src/understanding/understander.ts:171:42 StringLiteral -> \"\"":
    "not rescored in mutation6 (a module-level list; the narrowed run left line 171 out): the long thank-you in understanderInContext.test.ts should kill the \"thanks\" one",
  "src/understanding/understander.ts:171:64 StringLiteral -> \"\"":
    "not rescored in mutation6 (a module-level list; the narrowed run left line 171 out): the long thank-you in understanderInContext.test.ts should kill the \"thanks\" one",
  "src/understanding/understander.ts:185:7 ConditionalExpression -> false":
    "equivalent for 185:7 (with a non-social reading on top, the reordering keeps it first, and a top reading is never under 0.1); 185:57 not worth a test: the 12-word boundary, a tuning length",
  "src/understanding/understander.ts:185:7 LogicalOperator -> !SOCIAL_MOVES.includes(top) && boosts.has(top)":
    "equivalent for 185:7 (with a non-social reading on top, the reordering keeps it first, and a top reading is never under 0.1); 185:57 not worth a test: the 12-word boundary, a tuning length",
  "src/understanding/understander.ts:185:57 EqualityOperator -> wordCount < SOCIAL_MOVE_MAX_WORDS":
    "equivalent for 185:7 (with a non-social reading on top, the reordering keeps it first, and a top reading is never under 0.1); 185:57 not worth a test: the 12-word boundary, a tuning length",
  "src/understanding/understander.ts:186:75 ConditionalExpression -> true":
    "not killed: no long social message in the suite has out-of-scope as its next reading",
  "src/understanding/understander.ts:186:75 EqualityOperator -> r.intent === 'out-of-scope'":
    "not killed: no long social message in the suite has out-of-scope as its next reading",
  "src/understanding/understander.ts:186:88 StringLiteral -> \"\"":
    "not killed: no long social message in the suite has out-of-scope as its next reading",
  "src/understanding/understander.ts:187:51 MethodExpression -> ranked":
    "reported as survived, though understanderReadings' long messages and understanderInContext's long thank-you read as a social move under it; not investigated (perhaps the runner does not select those it.each tests by name for the mutant)",
  "src/understanding/understander.ts:187:65 ArrowFunction -> () => undefined":
    "reported as survived, though understanderReadings' long messages and understanderInContext's long thank-you read as a social move under it; not investigated (perhaps the runner does not select those it.each tests by name for the mutant)",
  "src/understanding/understander.ts:187:70 BooleanLiteral -> asking(r)":
    "reported as survived, though understanderReadings' long messages and understanderInContext's long thank-you read as a social move under it; not investigated (perhaps the runner does not select those it.each tests by name for the mutant)",
  "src/understanding/understander.ts:188:7 ConditionalExpression -> false":
    "188:7 > is a tuning threshold (0.1); 188:7 false reported as survived as 187",
  "src/understanding/understander.ts:188:7 EqualityOperator -> reordered[0]!.confidence > SECOND_READING_MIN":
    "188:7 > is a tuning threshold (0.1); 188:7 false reported as survived as 187",
  "src/understanding/understander.ts:189:69 MethodExpression -> reordered":
    "reported as survived as 187 (the long thank-you test expects find-service first)",
  "src/understanding/understander.ts:189:86 ArrowFunction -> () => undefined":
    "reported as survived as 187 (the long thank-you test expects find-service first)",
  "src/understanding/understander.ts:189:91 ConditionalExpression -> true":
    "reported as survived as 187 (the long thank-you test expects find-service first)",
  "src/understanding/understander.ts:189:91 ConditionalExpression -> false":
    "reported as survived as 187 (the long thank-you test expects find-service first)",
  "src/understanding/understander.ts:189:91 EqualityOperator -> r.intent === 'find-service'":
    "reported as survived as 187 (the long thank-you test expects find-service first)",
  "src/understanding/understander.ts:189:104 StringLiteral -> \"\"":
    "reported as survived as 187 (the long thank-you test expects find-service first)",
  "src/understanding/understander.ts:209:38 ArrowFunction -> () => undefined":
    "209:38 not rescored in mutation6 (the narrowed run left line 209 out): \"child protection in Derby\" should kill it; 209:44 and 210:44 equivalent: every named service or contact id is a checked reference",

  'src/understanding/concerns.ts:12:46 ArrayDeclaration -> ["Stryker was here"]':
    'equivalent: a bare string among the phrases has no first word, so no message ever reaches it',
  'src/understanding/concerns.ts:38:36 ArithmeticOperator -> m.index - m[0].length':
    'not worth a test: only moves where "none" or "ruled out" after a phrase is looked for; no realistic message puts them where the two windows differ',
  'src/understanding/concerns.ts:45:46 ArithmeticOperator -> m.index - m[0].length':
    'not worth a test: as above, for a word matched by its stem',
  'src/understanding/concerns.ts:39:11 ConditionalExpression -> true (concern === \'send\')':
    'equivalent with this knowledge: only SEND has the bare word "send" among its phrases',
  'src/understanding/concerns.ts:43:33 Regex -> /[a-z0-9]+(?:\'[a-z])*/g':
    'not worth a test: only splits words with an apostrophe and two or more letters after it ("they\'re"), none of which stems to a need',
  'src/understanding/concerns.ts:43:33 Regex -> /[a-z0-9]+(?:\'[^a-z]+)*/g':
    'not worth a test: as above',

  'src/understanding/concerns.ts:9:50 StringLiteral -> "" (support)':
    'equivalent with this knowledge: no concern lists a single word of five letters or more that stems to "support"; the entry guards against one being added',
  'src/understanding/concerns.ts:9:61 StringLiteral -> "" (send)':
    'equivalent with this knowledge: as above ("send" itself has four letters, too short to be stemmed)',
  'src/understanding/concerns.ts:9:78 StringLiteral -> "" (missing)':
    'equivalent with this knowledge: as above',
  'src/understanding/concerns.ts:9:89 StringLiteral -> "" (miss)':
    'equivalent with this knowledge: as above',
  'src/understanding/concerns.ts:9:97 StringLiteral -> "" (care)':
    'equivalent with this knowledge: as above',
  'src/understanding/domainVocabulary.ts:16:123 ArrayDeclaration -> ["Stryker was here"]':
    'not worth a test: adds the words "stryker was here" to the domain\'s vocabulary when an intent has no examples, which the loader refuses',


  'src/understanding/topics.ts:76:67 ArrayDeclaration (no coverage) -> ["Stryker was here"]':
    'unreachable: every process id scored comes from the knowledge, whose names are all in the map',
  'src/understanding/topics.ts:18:56 ArrayDeclaration -> ["Stryker was here"]':
    'equivalent: a one-word list has no adjacent pairs, the same as an empty one',
  'src/understanding/topics.ts:51:11 ConditionalExpression -> false':
    'equivalent: an entry with no score rounds to NaN, which never reaches the floor',
  'src/understanding/topics.ts:53:11 EqualityOperator -> score > FLOOR.entry':
    'not worth a test: a tuning floor; no entry scores exactly 0.5',
  'src/understanding/topics.ts:65:9 EqualityOperator -> score > FLOOR.indicator':
    'not worth a test: a tuning floor; no indicator scores exactly 2.5',
  'src/understanding/topics.ts:67:3 MethodExpression -> strong':
    'not worth a test: the guidance order only breaks ties of equal scores, which the later sort by score keeps',
  'src/understanding/topics.ts:67:15 ArrowFunction -> () => undefined':
    'not worth a test: as above',
  'src/understanding/topics.ts:67:25 ArithmeticOperator -> a.doc.order + b.doc.order':
    'not worth a test: as above',

  'src/understanding/riskModel.ts:18:33 BlockStatement (no coverage) -> {}':
    'unreachable under mutation testing: the probe runs only when a kept model is written or read, and there is no start-up cache under Stryker',
  'src/understanding/riskModel.ts:18:90 ArrowFunction (no coverage) -> () => undefined':
    'unreachable under mutation testing: as above',
  'src/understanding/riskModel.ts:18:95 ArrayDeclaration (no coverage) -> []':
    'unreachable under mutation testing: as above',
  'src/understanding/riskModel.ts:15:20 ArrayDeclaration -> []':
    'equivalent under mutation testing: the code files only key the start-up cache, which Stryker runs without',
  'src/understanding/riskModel.ts:15:46 StringLiteral -> ""':
    'equivalent under mutation testing: as above',
  'src/understanding/riskModel.ts:156:7 ConditionalExpression -> true':
    'equivalent: the last message\'s features are only kept to save working them out again',
  'src/understanding/riskModel.ts:63:10 ArithmeticOperator -> t - Math.imul(t ^ t >>> 7, t | 61)':
    'not worth a test: another deterministic generator gives another shuffle; the same model on every start (tested) is what matters, not which order',
  'src/understanding/riskModel.ts:108:36 EqualityOperator -> i >= 0':
    'not worth a test: one more draw (swapping the first example with itself) shifts the generator, so another deterministic order, as above',
  'src/understanding/riskModel.ts:108:83 ArithmeticOperator -> i - 1':
    'not worth a test: a biased but still deterministic shuffle, as above',
  'src/understanding/riskModel.ts:109:38 ArithmeticOperator -> epoch / 0.5':
    'not worth a test: a tuning schedule (the rate falls faster); training still learns, and how well is measured by npm run eval:risk, not by unit tests',
  'src/understanding/riskModel.ts:116:13 ConditionalExpression -> false':
    'equivalent in practice: the gradient is exactly 0 only when the softmax saturates to exactly 0 or 1; skipping then saves the work and a weight decay of 1e-5 a step',
  'src/understanding/riskModel.ts:161:19 EqualityOperator -> k <= K':
    'equivalent: a write past the end of a Float64Array is ignored',
  'src/understanding/riskModel.ts:162:40 EqualityOperator -> k <= K':
    'equivalent: as above (the extra sum is written nowhere)',
  'src/understanding/riskModel.ts:167:19 EqualityOperator -> k <= K':
    'equivalent: as above',
  'src/understanding/riskModel.ts:192:122 StringLiteral -> ""':
    'equivalent: the name of the voice model\'s other label is never read; only "young" is',

  'src/knowledge/loader.ts:34:41 StringLiteral (no coverage) -> ""':
    'not worth a test: the message for a loader outside any package, which cannot happen in a checkout',
  'src/knowledge/loader.ts:34:9 ConditionalExpression -> false':
    'equivalent: package.json is always found before the file-system root is reached',
  'src/knowledge/loader.ts:43:10 MethodExpression -> (without .sort())':
    'equivalent on Node: readdirSync (libuv scandir) already returns names sorted; the sort states the contract',
  'src/knowledge/loader.ts:66:71 BooleanLiteral -> prettyErrors: true':
    'equivalent: only the error code and position are used, not the message prettyErrors formats',
  'src/knowledge/loader.ts:83:16 ConditionalExpression -> true':
    'equivalent: getIn with a non-numeric index finds nothing, so no entry id is added either way',
  'src/knowledge/loader.ts:109:18 MethodExpression -> (without the filter)':
    'equivalent: a file that failed to parse always left a problem, so loading stops before the list is used',
  'src/knowledge/loader.ts:137:7 ConditionalExpression -> true':
    'equivalent: primitives and null count as frozen, so the type check only saves a call',
  'src/knowledge/loader.ts:137:7 LogicalOperator -> (value && object) || !frozen':
    'equivalent: the knowledge has no cycles; walking an already-frozen branch again changes nothing',
  'src/knowledge/loader.ts:137:7 LogicalOperator -> value || typeof value === "object"':
    'equivalent: primitives count as frozen (see 137:7 above)',
  'src/knowledge/loader.ts:137:16 ConditionalExpression -> true':
    'equivalent: it also freezes the index functions, which nothing modifies',
  'src/knowledge/loader.ts:159:9 ConditionalExpression -> false':
    'equivalent: the memo only saves recomputing the same broader-concern list',
  'src/knowledge/loader.ts:161:21 EqualityOperator -> i <= seen.length':
    'equivalent: one extra step looks up undefined, finds nothing and adds nothing',
  'src/knowledge/loader.ts:162:23 OptionalChaining -> .broader':
    'equivalent: every concern id reached is a checked reference, so the concern exists',
  'src/knowledge/loader.ts:162:62 ArrayDeclaration (no coverage) -> ["Stryker was here"]':
    'unreachable: as above, the concern always exists and broader defaults to []',
  'src/knowledge/loader.ts:169:73 ConditionalExpression -> true':
    'equivalent: an entry without an authority is filed under undefined, which no caller asks for',

  // dialogs/turnPlanner.ts, scored with stryker.models.config.mjs against tests/mutation/turnPlanner.suite.ts
  // (turnPlanner, turnPlannerMore and focus tests), one line range at a time (2026-12-03, planner-mutation):
  // lines 43-110 and 183-445; lines 111-182 were not scored in the time. "Not killed in the time" marks a
  // survivor no test was found for before the session ended: a to-do, not a judgement that it is equivalent.
  // 183 survivors, 177 entries: mutants that Stryker describes identically share one.
  "dialogs/turnPlanner.ts:51:5 ConditionalExpression -> case 'concern':":
    "not killed in the time (2026-12-03 session ran out): needs a reply to \"what is the worry?\" that names a service but no concern, or only a diagnosis",
  "dialogs/turnPlanner.ts:51:10 StringLiteral -> \"\"":
    "not killed in the time (2026-12-03 session ran out): needs a reply to \"what is the worry?\" that names a service but no concern, or only a diagnosis",
  "dialogs/turnPlanner.ts:51:28 ConditionalExpression -> false":
    "not killed in the time (2026-12-03 session ran out): needs a reply to \"what is the worry?\" that names a service but no concern, or only a diagnosis",
  "dialogs/turnPlanner.ts:51:28 LogicalOperator -> !!u.facts.concerns?.length && !!u.facts.namedServices?.length":
    "not killed in the time (2026-12-03 session ran out): needs a reply to \"what is the worry?\" that names a service but no concern, or only a diagnosis",
  "dialogs/turnPlanner.ts:63:57 ConditionalExpression -> true":
    "tuning (a named process against the best service's score): not killed in the time; no request found where the two scores are equal or the service term alone decides",
  "dialogs/turnPlanner.ts:63:57 EqualityOperator -> process.score > (u.topics.services[0]?.score ?? 0)":
    "tuning (a named process against the best service's score): not killed in the time; no request found where the two scores are equal or the service term alone decides",
  "dialogs/turnPlanner.ts:63:75 LogicalOperator -> u.topics.services[0]?.score && 0":
    "tuning (a named process against the best service's score): not killed in the time; no request found where the two scores are equal or the service term alone decides",
  "dialogs/turnPlanner.ts:63:75 OptionalChaining -> u.topics.services[0].score":
    "tuning (a named process against the best service's score): not killed in the time; no request found where the two scores are equal or the service term alone decides",
  "dialogs/turnPlanner.ts:68:3 ConditionalExpression -> true":
    "not killed in the time (2026-12-03 session ran out): needs a place given in answer after a contact lookup whose own words matched an entry; \"phone number\" then \"Derby\" is decided the same way",
  "dialogs/turnPlanner.ts:68:3 LogicalOperator -> q?.kind === 'contact-lookup' || ![q.topics.contacts, q.topics.services, q.topics.processes, q.topics.indicators].some(list => list.length)":
    "not killed in the time (2026-12-03 session ran out): needs a place given in answer after a contact lookup whose own words matched an entry; \"phone number\" then \"Derby\" is decided the same way",
  "dialogs/turnPlanner.ts:68:3 OptionalChaining -> q.kind":
    "not killed in the time (2026-12-03 session ran out): needs a place given in answer after a contact lookup whose own words matched an entry; \"phone number\" then \"Derby\" is decided the same way",
  "dialogs/turnPlanner.ts:68:36 MethodExpression -> [q.topics.contacts, q.topics.services, q.topics.processes, q.topics.indicators].every(list => list.length)":
    "not killed in the time (2026-12-03 session ran out): needs a place given in answer after a contact lookup whose own words matched an entry; \"phone number\" then \"Derby\" is decided the same way",
  "dialogs/turnPlanner.ts:68:36 ArrayDeclaration -> []":
    "not killed in the time (2026-12-03 session ran out): needs a place given in answer after a contact lookup whose own words matched an entry; \"phone number\" then \"Derby\" is decided the same way",
  "dialogs/turnPlanner.ts:68:121 ArrowFunction -> () => undefined":
    "not killed in the time (2026-12-03 session ran out): needs a place given in answer after a contact lookup whose own words matched an entry; \"phone number\" then \"Derby\" is decided the same way",
  "dialogs/turnPlanner.ts:74:30 LogicalOperator -> u.intent === 'safeguarding' || u.risk.past":
    "not killed in the time (2026-12-03 session ran out): needs a safeguarding reading with past harm and a request where the other terms (doubt, a named risk) differ",
  "dialogs/turnPlanner.ts:74:30 ConditionalExpression -> true":
    "not killed in the time (2026-12-03 session ran out): needs a safeguarding reading with past harm and a request where the other terms (doubt, a named risk) differ",
  "dialogs/turnPlanner.ts:80:93 MethodExpression -> u.topics.contacts.every(c => c.named)":
    "not killed in the time (2026-12-03 session ran out): needs a contact request with a need, where some but not all matched contacts are named outright",
  "dialogs/turnPlanner.ts:80:116 ArrowFunction -> () => undefined":
    "not killed in the time (2026-12-03 session ran out): needs a contact request with a need, where some but not all matched contacts are named outright",
  "dialogs/turnPlanner.ts:83:60 MethodExpression -> u.attributes?.attributes.every(a => LOOKUP_ATTRIBUTES.includes(a))":
    "not killed in the time (2026-12-03 session ran out): needs a named team asked for one lookup attribute and one other, read as a records check",
  "dialogs/turnPlanner.ts:84:27 LogicalOperator -> !!u.facts.namedContacts?.length && !!u.asksElsewhere || last?.kind === 'contact-lookup'":
    "not killed in the time (2026-12-03 session ran out): needs a follow-on lookup that differs only in naming a team or asking elsewhere",
  "dialogs/turnPlanner.ts:84:27 ConditionalExpression -> true":
    "not killed in the time (2026-12-03 session ran out): needs a follow-on lookup that differs only in naming a team or asking elsewhere",
  "dialogs/turnPlanner.ts:84:27 LogicalOperator -> !!u.facts.namedContacts?.length || !!u.asksElsewhere":
    "not killed in the time (2026-12-03 session ran out): needs a follow-on lookup that differs only in naming a team or asking elsewhere",
  "dialogs/turnPlanner.ts:84:83 ConditionalExpression -> true":
    "not killed in the time (2026-12-03 session ran out): needs a follow-on lookup that differs only in naming a team or asking elsewhere",
  "dialogs/turnPlanner.ts:84:83 OptionalChaining -> last.kind":
    "not killed in the time (2026-12-03 session ran out): needs a follow-on lookup that differs only in naming a team or asking elsewhere",
  "dialogs/turnPlanner.ts:85:47 ConditionalExpression -> true":
    "not killed in the time (2026-12-03 session ran out): as line 84",
  "dialogs/turnPlanner.ts:86:7 ConditionalExpression -> true":
    "not killed in the time (2026-12-03 session ran out): needs a contact request with a need and nothing named that is not answered by the attribute path first",
  "dialogs/turnPlanner.ts:88:24 ConditionalExpression -> false":
    "not killed in the time (2026-12-03 session ran out): needs a threshold question that names a process and mentions a level or a concern",
  "dialogs/turnPlanner.ts:88:24 ConditionalExpression -> true":
    "not killed in the time (2026-12-03 session ran out): needs a threshold question that names a process and mentions a level or a concern",
  "dialogs/turnPlanner.ts:88:24 EqualityOperator -> asked !== 'threshold'":
    "not killed in the time (2026-12-03 session ran out): needs a threshold question that names a process and mentions a level or a concern",
  "dialogs/turnPlanner.ts:88:34 StringLiteral -> \"\"":
    "not killed in the time (2026-12-03 session ran out): needs a threshold question that names a process and mentions a level or a concern",
  "dialogs/turnPlanner.ts:88:50 LogicalOperator -> u.levelsMentioned.length > 0 && !!u.facts.concerns?.length":
    "not killed in the time (2026-12-03 session ran out): needs a threshold question that names a process and mentions a level or a concern",
  "dialogs/turnPlanner.ts:88:50 ConditionalExpression -> false":
    "not killed in the time (2026-12-03 session ran out): needs a threshold question that names a process and mentions a level or a concern",
  "dialogs/turnPlanner.ts:91:57 ConditionalExpression -> true":
    "not killed in the time (2026-12-03 session ran out): as line 88",
  "dialogs/turnPlanner.ts:91:57 LogicalOperator -> ['find-service', 'eligibility', 'threshold'].includes(asked) || !placesALevel":
    "not killed in the time (2026-12-03 session ran out): as line 88",
  "dialogs/turnPlanner.ts:91:74 StringLiteral -> \"\"":
    "not killed in the time (2026-12-03 session ran out): as line 88",
  "dialogs/turnPlanner.ts:94:21 LogicalOperator -> followsOn && answering === 'area' || isBareContactQuestion(last)":
    "not killed in the time (2026-12-03 session ran out): needs a follow-on answer (not the area) after a bare contact question",
  "dialogs/turnPlanner.ts:94:21 ConditionalExpression -> true":
    "not killed in the time (2026-12-03 session ran out): needs a follow-on answer (not the area) after a bare contact question",
  "dialogs/turnPlanner.ts:94:21 LogicalOperator -> followsOn || answering === 'area'":
    "not killed in the time (2026-12-03 session ran out): needs a follow-on answer (not the area) after a bare contact question",
  "dialogs/turnPlanner.ts:94:34 ConditionalExpression -> true":
    "not killed in the time (2026-12-03 session ran out): needs a follow-on answer (not the area) after a bare contact question",
  "dialogs/turnPlanner.ts:98:105 ArrayDeclaration -> [\"Stryker was here\"]":
    "not worth a test: the levels carried into a follow-on question are only read for a threshold question, and no level is mentioned in the follow-ons tested",
  "dialogs/turnPlanner.ts:101:19 ConditionalExpression -> false":
    "not killed in the time (2026-12-03 session ran out): needs a self-referral question followed by an answer whose route differs for self-referral",
  "dialogs/turnPlanner.ts:101:19 LogicalOperator -> u.selfReferral && (followsOn ? last.selfReferral : undefined)":
    "not killed in the time (2026-12-03 session ran out): needs a self-referral question followed by an answer whose route differs for self-referral",
  "dialogs/turnPlanner.ts:187:89 ArrayDeclaration -> [\"Stryker was here\"]":
    "not worth a test: a safeguarding question does not place a level, so levels mentioned are not read",
  "dialogs/turnPlanner.ts:188:28 ObjectLiteral -> {}":
    "not killed in the time (2026-12-03 session ran out): needs a second turn after a harm answered on a dead-end intent (\"thanks, he hit me again\") that reads the stored case",
  "dialogs/turnPlanner.ts:191:7 ConditionalExpression -> false":
    "not killed in the time (2026-12-03 session ran out): needs a harm read in doubt only (no risk named) while a question waits; the harms tried mid-question name a risk and take line 310",
  "dialogs/turnPlanner.ts:191:27 ObjectLiteral (no coverage) -> {}":
    "not killed in the time (2026-12-03 session ran out): needs a harm read in doubt only (no risk named) while a question waits; the harms tried mid-question name a risk and take line 310",
  "dialogs/turnPlanner.ts:191:35 StringLiteral (no coverage) -> \"\"":
    "not killed in the time (2026-12-03 session ran out): needs a harm read in doubt only (no risk named) while a question waits; the harms tried mid-question name a risk and take line 310",
  "dialogs/turnPlanner.ts:215:76 ArrayDeclaration -> [\"Stryker was here\"]":
    "not killed in the time (2026-12-03 session ran out): needs a request beside a new harm whose answer differs when the harm is kept in the facts",
  "dialogs/turnPlanner.ts:215:97 BooleanLiteral -> true":
    "not killed in the time (2026-12-03 session ran out): needs a request beside a new harm whose answer differs when the harm is kept in the facts",
  "dialogs/turnPlanner.ts:216:81 BooleanLiteral -> true":
    "not killed in the time (2026-12-03 session ran out): as line 215",
  "dialogs/turnPlanner.ts:219:10 ConditionalExpression -> false":
    "not killed in the time (2026-12-03 session ran out): needs a request beside a harm whose own route is a dead end or the safeguarding route",
  "dialogs/turnPlanner.ts:219:10 LogicalOperator -> route.kind === 'safeguarding' && isDeadEnd(route)":
    "not killed in the time (2026-12-03 session ran out): needs a request beside a harm whose own route is a dead end or the safeguarding route",
  "dialogs/turnPlanner.ts:219:25 StringLiteral -> \"\"":
    "not killed in the time (2026-12-03 session ran out): needs a request beside a harm whose own route is a dead end or the safeguarding route",
  "dialogs/turnPlanner.ts:219:105 ConditionalExpression -> false":
    "not killed in the time (2026-12-03 session ran out): needs a request beside a harm whose own route is a dead end or the safeguarding route",
  "dialogs/turnPlanner.ts:219:120 StringLiteral -> \"\"":
    "not killed in the time (2026-12-03 session ran out): needs a request beside a harm whose own route is a dead end or the safeguarding route",
  "dialogs/turnPlanner.ts:219:140 ArrayDeclaration -> [\"Stryker was here\"]":
    "not killed in the time (2026-12-03 session ran out): needs a request beside a harm whose own route is a dead end or the safeguarding route",
  "dialogs/turnPlanner.ts:226:26 ConditionalExpression -> false":
    "not killed in the time (2026-12-03 session ran out): each term of hasCaseContent needs a fresh start, help or greeting message carrying only that kind of fact",
  "dialogs/turnPlanner.ts:226:58 ConditionalExpression -> false":
    "not killed in the time (2026-12-03 session ran out): each term of hasCaseContent needs a fresh start, help or greeting message carrying only that kind of fact",
  "dialogs/turnPlanner.ts:226:87 ConditionalExpression -> false":
    "not killed in the time (2026-12-03 session ran out): each term of hasCaseContent needs a fresh start, help or greeting message carrying only that kind of fact",
  "dialogs/turnPlanner.ts:226:121 ConditionalExpression -> false":
    "not killed in the time (2026-12-03 session ran out): each term of hasCaseContent needs a fresh start, help or greeting message carrying only that kind of fact",
  "dialogs/turnPlanner.ts:232:7 LogicalOperator -> (fact !== 'area' || !authority) && facts.area?.district":
    "not killed in the time (2026-12-03 session ran out): needs a question about the area where the authority or district is known in a way the choices would show",
  "dialogs/turnPlanner.ts:232:7 ConditionalExpression -> false":
    "not killed in the time (2026-12-03 session ran out): needs a question about the area where the authority or district is known in a way the choices would show",
  "dialogs/turnPlanner.ts:232:7 LogicalOperator -> fact !== 'area' && !authority":
    "not killed in the time (2026-12-03 session ran out): needs a question about the area where the authority or district is known in a way the choices would show",
  "dialogs/turnPlanner.ts:232:40 OptionalChaining -> facts.area.district":
    "equivalent: an authority is only known when facts.area is set",
  "dialogs/turnPlanner.ts:233:21 MethodExpression -> kb.districts":
    "equivalent with this gazetteer: only Nottinghamshire has districts, so filtering by authority keeps the same list",
  "dialogs/turnPlanner.ts:233:46 ConditionalExpression -> true":
    "equivalent with this gazetteer: only Nottinghamshire has districts, so filtering by authority keeps the same list",
  "dialogs/turnPlanner.ts:247:23 ConditionalExpression -> true":
    "not killed in the time: needs an answer given as text (an attribute) that sets a new focus in the same message that changes the concerns or the age",
  "dialogs/turnPlanner.ts:247:23 LogicalOperator -> plan.memory.focus || plan.memory.focus === stored.focus":
    "not killed in the time: needs an answer given as text (an attribute) that sets a new focus in the same message that changes the concerns or the age",
  "dialogs/turnPlanner.ts:247:44 ConditionalExpression -> true":
    "not killed in the time: needs an answer given as text (an attribute) that sets a new focus in the same message that changes the concerns or the age",
  "dialogs/turnPlanner.ts:259:39 StringLiteral -> \"\"":
    "not killed in the time: no message found that the classifier reads as \"cancel\" and that also carries a case fact (\"cancel, new child: ...\" reads as find-service)",
  "dialogs/turnPlanner.ts:260:68 LogicalOperator -> understood.alternatives.find(a => REQUEST_INTENTS.includes(a.intent))?.intent && 'find-service'":
    "not killed in the time: the fresh starts tried have find-service as their best request reading, which is also the default",
  "dialogs/turnPlanner.ts:260:68 OptionalChaining -> understood.alternatives.find(a => REQUEST_INTENTS.includes(a.intent)).intent":
    "not killed in the time: the fresh starts tried have find-service as their best request reading, which is also the default",
  "dialogs/turnPlanner.ts:260:97 ArrowFunction -> () => undefined":
    "not killed in the time: the fresh starts tried have find-service as their best request reading, which is also the default",
  "dialogs/turnPlanner.ts:260:149 StringLiteral (no coverage) -> \"\"":
    "not killed in the time: the fresh starts tried have find-service as their best request reading, which is also the default",
  "dialogs/turnPlanner.ts:280:35 ArrayDeclaration -> []":
    "equivalent for the messages tried: attributePlan finds no attribute in \"start over\", \"cancel\" or \"why?\" messages",
  "dialogs/turnPlanner.ts:280:36 StringLiteral -> \"\"":
    "equivalent for the messages tried: as 280:35",
  "dialogs/turnPlanner.ts:280:50 StringLiteral -> \"\"":
    "equivalent for the messages tried: as 280:35",
  "dialogs/turnPlanner.ts:280:60 StringLiteral -> \"\"":
    "equivalent for the messages tried: as 280:35 (\"why not cygnet?\" is explained, not answered as an attribute, either way)",
  "dialogs/turnPlanner.ts:282:88 ConditionalExpression -> false":
    "not killed in the time: needs a new immediate danger with no new risk named; every immediate-danger message tried also names a risk",
  "dialogs/turnPlanner.ts:282:117 BooleanLiteral (no coverage) -> memory.facts.immediateDanger":
    "not killed in the time: needs a new immediate danger with no new risk named; every immediate-danger message tried also names a risk",
  "dialogs/turnPlanner.ts:292:24 ConditionalExpression -> true":
    "equivalent: a \"thanks\" that names a risk is a harm cue, caught by line 275 first (unless an adult's age is given, when there is no child to safeguard)",
  "dialogs/turnPlanner.ts:294:5 ConditionalExpression -> default:":
    "equivalent: `default: break` and `default:` both leave the switch",
  "dialogs/turnPlanner.ts:300:82 ConditionalExpression -> false":
    "not killed in the time: as line 282",
  "dialogs/turnPlanner.ts:300:111 BooleanLiteral (no coverage) -> before.immediateDanger":
    "not killed in the time: as line 282",
  "dialogs/turnPlanner.ts:304:40 StringLiteral -> \"\"":
    "equivalent for what follows: the case now holds a risk, so a later \"why?\" or what-if is decided as safeguarding whatever kind the stored question has",
  "dialogs/turnPlanner.ts:304:91 ArrayDeclaration -> [\"Stryker was here\"]":
    "not worth a test: a safeguarding question does not place a level, so levels mentioned are not read",
  "dialogs/turnPlanner.ts:320:28 ConditionalExpression -> true":
    "equivalent for route replies (the branch taken by every request beside a risk that was found); a text reply here (an attribute answered beside a risk already in the case) is answered by line 280 first in every case tried",
  "dialogs/turnPlanner.ts:320:111 ObjectLiteral (no coverage) -> {}":
    "unreachable in the cases tried: as 320:28",
  "dialogs/turnPlanner.ts:320:131 StringLiteral (no coverage) -> ``":
    "unreachable in the cases tried: as 320:28",
  "dialogs/turnPlanner.ts:334:100 ConditionalExpression -> true":
    "tuning threshold (NO_SIGN_OF_HARM, 0.05): no opening that says nothing yet was found reading between 0.05 and a clear sign of harm",
  "dialogs/turnPlanner.ts:334:100 EqualityOperator -> u.risk.confidence <= NO_SIGN_OF_HARM":
    "tuning threshold (NO_SIGN_OF_HARM, 0.05): no opening that says nothing yet was found reading between 0.05 and a clear sign of harm",
  "dialogs/turnPlanner.ts:342:22 ConditionalExpression -> false":
    "not killed in the time: needs a message read as out of scope (not likely-outside) that names a service or team but no concern; none found among those tried",
  "dialogs/turnPlanner.ts:342:22 LogicalOperator -> (!!u.facts.concerns?.length || !!u.facts.namedServices?.length) && !!u.facts.namedContacts?.length":
    "not killed in the time: needs a message read as out of scope (not likely-outside) that names a service or team but no concern; none found among those tried",
  "dialogs/turnPlanner.ts:342:22 LogicalOperator -> !!u.facts.concerns?.length && !!u.facts.namedServices?.length":
    "not killed in the time: needs a message read as out of scope (not likely-outside) that names a service or team but no concern; none found among those tried",
  "dialogs/turnPlanner.ts:343:23 ConditionalExpression -> true":
    "not killed in the time: needs a message the classifier reads as out of scope that gives a child's age and no need (the bus pass and uniform cases are decided by plainlyOutside either way)",
  "dialogs/turnPlanner.ts:343:23 ConditionalExpression -> false":
    "not killed in the time: needs a message the classifier reads as out of scope that gives a child's age and no need (the bus pass and uniform cases are decided by plainlyOutside either way)",
  "dialogs/turnPlanner.ts:343:23 LogicalOperator -> aboutANeed && u.facts.ageYears !== undefined":
    "not killed in the time: needs a message the classifier reads as out of scope that gives a child's age and no need (the bus pass and uniform cases are decided by plainlyOutside either way)",
  "dialogs/turnPlanner.ts:343:37 ConditionalExpression -> false":
    "not killed in the time: needs a message the classifier reads as out of scope that gives a child's age and no need (the bus pass and uniform cases are decided by plainlyOutside either way)",
  "dialogs/turnPlanner.ts:343:37 EqualityOperator -> u.facts.ageYears === undefined":
    "not killed in the time: needs a message the classifier reads as out of scope that gives a child's age and no need (the bus pass and uniform cases are decided by plainlyOutside either way)",
  "dialogs/turnPlanner.ts:348:26 ConditionalExpression -> true":
    "not killed in the time: the bus-pass, uniform and passport cases reach \"can't help\" through likelyOutside or a sure classifier either way; a case where only the classifier's 0.8 or the doubt term decides was not found",
  "dialogs/turnPlanner.ts:348:26 LogicalOperator -> (u.outsideTheGuidance || u.confidence >= SURELY_OUTSIDE) && !aboutANeed || !u.risk.doubt":
    "not killed in the time: the bus-pass, uniform and passport cases reach \"can't help\" through likelyOutside or a sure classifier either way; a case where only the classifier's 0.8 or the doubt term decides was not found",
  "dialogs/turnPlanner.ts:348:26 LogicalOperator -> u.outsideTheGuidance || u.confidence >= SURELY_OUTSIDE || !aboutANeed":
    "not killed in the time: the bus-pass, uniform and passport cases reach \"can't help\" through likelyOutside or a sure classifier either way; a case where only the classifier's 0.8 or the doubt term decides was not found",
  "dialogs/turnPlanner.ts:348:27 ConditionalExpression -> true":
    "not killed in the time: the bus-pass, uniform and passport cases reach \"can't help\" through likelyOutside or a sure classifier either way; a case where only the classifier's 0.8 or the doubt term decides was not found",
  "dialogs/turnPlanner.ts:348:51 EqualityOperator -> u.confidence > SURELY_OUTSIDE":
    "not killed in the time: the bus-pass, uniform and passport cases reach \"can't help\" through likelyOutside or a sure classifier either way; a case where only the classifier's 0.8 or the doubt term decides was not found",
  "dialogs/turnPlanner.ts:353:26 OptionalChaining -> u.alternatives.find(a => a.intent === 'out-of-scope').confidence":
    "equivalent: the classifier always returns an out-of-scope alternative, so `?.` never meets undefined",
  "dialogs/turnPlanner.ts:354:24 MethodExpression -> [u.topics.services, u.topics.contacts, u.topics.processes].every(list => list.some(e => e.named))":
    "not killed in the time: needs a message likely out of scope that names an entry outright; the named entries tried were not read as likely out of scope",
  "dialogs/turnPlanner.ts:354:24 ArrayDeclaration -> []":
    "not killed in the time: needs a message likely out of scope that names an entry outright; the named entries tried were not read as likely out of scope",
  "dialogs/turnPlanner.ts:354:88 ArrowFunction -> () => undefined":
    "not killed in the time: needs a message likely out of scope that names an entry outright; the named entries tried were not read as likely out of scope",
  "dialogs/turnPlanner.ts:354:96 MethodExpression -> list.every(e => e.named)":
    "not killed in the time: needs a message likely out of scope that names an entry outright; the named entries tried were not read as likely out of scope",
  "dialogs/turnPlanner.ts:354:106 ArrowFunction -> () => undefined":
    "not killed in the time: needs a message likely out of scope that names an entry outright; the named entries tried were not read as likely out of scope",
  "dialogs/turnPlanner.ts:355:25 EqualityOperator -> outsideReading > LIKELY_OUTSIDE":
    "tuning thresholds (LIKELY_OUTSIDE 0.4, NO_SIGN_OF_HARM 0.05): no message found reading at exactly the threshold",
  "dialogs/turnPlanner.ts:355:71 ConditionalExpression -> true":
    "tuning thresholds (LIKELY_OUTSIDE 0.4, NO_SIGN_OF_HARM 0.05): no message found reading at exactly the threshold",
  "dialogs/turnPlanner.ts:355:71 EqualityOperator -> u.risk.confidence <= NO_SIGN_OF_HARM":
    "tuning thresholds (LIKELY_OUTSIDE 0.4, NO_SIGN_OF_HARM 0.05): no message found reading at exactly the threshold",
  "dialogs/turnPlanner.ts:357:58 ConditionalExpression -> true":
    "not killed in the time: needs an out-of-scope reading of a message about a child that is not plainly outside; the toddler-by-the-canal case is not read as out of scope",
  "dialogs/turnPlanner.ts:357:58 BooleanLiteral -> aboutAChild":
    "not killed in the time: needs an out-of-scope reading of a message about a child that is not plainly outside; the toddler-by-the-canal case is not read as out of scope",
  "dialogs/turnPlanner.ts:362:20 ConditionalExpression -> true":
    "not killed in the time: replies without the fact that are not read as facts (help, thanks, greeting) return earlier; one read as a request was not found that changes the outcome",
  "dialogs/turnPlanner.ts:363:9 ConditionalExpression -> false":
    "not killed in the time: needs a reply to a question, read as facts, with a harm read only in doubt (no risk named)",
  "dialogs/turnPlanner.ts:371:90 ArrayDeclaration -> [\"Stryker was here\"]":
    "not worth a test: the contact lookup that follows \"which area?\" is decided by the place given, and no level is placed for a contact lookup",
  "dialogs/turnPlanner.ts:372:20 ArrayDeclaration -> []":
    "not killed in the time: recording the area as asked only matters when a later turn still lacks it and would ask again",
  "dialogs/turnPlanner.ts:372:32 ArrayDeclaration -> []":
    "not killed in the time: recording the area as asked only matters when a later turn still lacks it and would ask again",
  "dialogs/turnPlanner.ts:378:9 ConditionalExpression -> false":
    "not killed in the time: needs \"why?\" with nothing answered yet and a harm read only in doubt; the harm messages tried are read as safeguarding, not \"explain\"",
  "dialogs/turnPlanner.ts:379:52 StringLiteral -> \"\"":
    "not killed: the \"nothing to explain\" reply is only tested in turnPlanner.test.ts, whose table reads a reply by its text and not its kind (turnPlannerMore.test.ts checks kinds)",
  "dialogs/turnPlanner.ts:392:30 ConditionalExpression -> false":
    "not killed in the time: a question about hours alone, after an answer, that is read as find-service or names a team",
  "dialogs/turnPlanner.ts:392:31 LogicalOperator -> u.timing.outOfHours && u.timing.inHours":
    "not killed in the time: a question about hours alone, after an answer, that is read as find-service or names a team",
  "dialogs/turnPlanner.ts:392:76 OptionalChaining -> u.facts.namedContacts.length":
    "not killed in the time: a question about hours alone, after an answer, that is read as find-service or names a team",
  "dialogs/turnPlanner.ts:392:109 BooleanLiteral (no coverage) -> u.facts.namedServices?.length":
    "not killed in the time: a question about hours alone, after an answer, that is read as find-service or names a team",
  "dialogs/turnPlanner.ts:392:110 OptionalChaining (no coverage) -> u.facts.namedServices.length":
    "not killed in the time: a question about hours alone, after an answer, that is read as find-service or names a team",
  "dialogs/turnPlanner.ts:394:46 LogicalOperator -> changed.length === 0 || namesAProcess(u)":
    "not killed in the time: needs a what-if that changes no fact and names no process (a what-if restating a known fact)",
  "dialogs/turnPlanner.ts:394:46 ConditionalExpression -> true":
    "not killed in the time: needs a what-if that changes no fact and names no process (a what-if restating a known fact)",
  "dialogs/turnPlanner.ts:395:45 ConditionalExpression -> false":
    "not killed in the time: as line 392 (the hours-only question read as find-service)",
  "dialogs/turnPlanner.ts:395:67 ConditionalExpression (no coverage) -> true":
    "not killed in the time: as line 392 (the hours-only question read as find-service)",
  "dialogs/turnPlanner.ts:395:67 EqualityOperator (no coverage) -> u.intent === 'find-service'":
    "not killed in the time: as line 392 (the hours-only question read as find-service)",
  "dialogs/turnPlanner.ts:395:80 StringLiteral (no coverage) -> \"\"":
    "not killed in the time: as line 392 (the hours-only question read as find-service)",
  "dialogs/turnPlanner.ts:397:19 ArrowFunction -> () => undefined":
    "not killed in the time: needs a what-if that moves the district while the last question named a district's contact; \"and Gedling?\" after a housing contact is answered by the attribute path first",
  "dialogs/turnPlanner.ts:397:53 StringLiteral (no coverage) -> \"\"":
    "not killed in the time: needs a what-if that moves the district while the last question named a district's contact; \"and Gedling?\" after a housing contact is answered by the attribute path first",
  "dialogs/turnPlanner.ts:399:104 ArrowFunction -> () => undefined":
    "not killed in the time: as line 397",
  "dialogs/turnPlanner.ts:399:110 ObjectLiteral (no coverage) -> {}":
    "not killed in the time: as line 397",
  "dialogs/turnPlanner.ts:401:114 ArrayDeclaration (no coverage) -> [\"Stryker was here\"]":
    "not worth a test: a prefix line only when nothing changed (the out-of-hours question after an answer)",
  "dialogs/turnPlanner.ts:402:104 ConditionalExpression -> false":
    "not killed: the what-if answers about contacts in the tests (\"and for Derby?\", the out-of-hours team) are given by the attribute path or line 443, not here",
  "dialogs/turnPlanner.ts:402:119 StringLiteral -> \"\"":
    "not killed: the what-if answers about contacts in the tests (\"and for Derby?\", the out-of-hours team) are given by the attribute path or line 443, not here",
  "dialogs/turnPlanner.ts:407:8 ConditionalExpression -> true":
    "not killed in the time: needs a reply that adds a concern but changes no other fact after a full answer",
  "dialogs/turnPlanner.ts:408:67 StringLiteral -> \"\"":
    "not killed: as 379:52, for \"that does not change the answer\"",
  "dialogs/turnPlanner.ts:415:51 MethodExpression -> u.topics.processes.every(p => p.named)":
    "not killed in the time: needs \"what do I do?\" about an unplaced child where a process is named outright",
  "dialogs/turnPlanner.ts:415:75 ArrowFunction -> () => undefined":
    "not killed in the time: needs \"what do I do?\" about an unplaced child where a process is named outright",
  "dialogs/turnPlanner.ts:416:60 ConditionalExpression -> true":
    "not killed in the time: needs a request intent about a child that nothing places, read without doubt",
  "dialogs/turnPlanner.ts:416:60 BooleanLiteral -> REQUEST_INTENTS.includes(u.intent)":
    "not killed in the time: needs a request intent about a child that nothing places, read without doubt",
  "dialogs/turnPlanner.ts:417:65 ConditionalExpression -> false":
    "not killed in the time: the reminder on a faint doubt shows only when a question is asked next; no such message was found",
  "dialogs/turnPlanner.ts:417:81 BooleanLiteral -> u.risk.faint":
    "not killed in the time: the reminder on a faint doubt shows only when a question is asked next; no such message was found",
  "dialogs/turnPlanner.ts:425:23 ConditionalExpression -> false":
    "not killed in the time: the leans-to-harm rule has many terms, and the messages read in doubt that were tried reach the safeguarding route through the dead-end or unplaced-child rules either way",
  "dialogs/turnPlanner.ts:425:23 ConditionalExpression -> true":
    "not killed in the time: the leans-to-harm rule has many terms, and the messages read in doubt that were tried reach the safeguarding route through the dead-end or unplaced-child rules either way",
  "dialogs/turnPlanner.ts:425:23 LogicalOperator -> u.risk.doubt || !!u.risk.possible":
    "not killed in the time: the leans-to-harm rule has many terms, and the messages read in doubt that were tried reach the safeguarding route through the dead-end or unplaced-child rules either way",
  "dialogs/turnPlanner.ts:425:39 BooleanLiteral -> !u.risk.possible":
    "not killed in the time: the leans-to-harm rule has many terms, and the messages read in doubt that were tried reach the safeguarding route through the dead-end or unplaced-child rules either way",
  "dialogs/turnPlanner.ts:425:40 BooleanLiteral -> u.risk.possible":
    "not killed in the time: the leans-to-harm rule has many terms, and the messages read in doubt that were tried reach the safeguarding route through the dead-end or unplaced-child rules either way",
  "dialogs/turnPlanner.ts:425:61 LogicalOperator -> isUnplaced(u, facts) && u.risk.confidence >= RISK_THRESHOLD && !u.risk.past && !facts.concerns.length && !facts.namedServices.length":
    "not killed in the time: the leans-to-harm rule has many terms, and the messages read in doubt that were tried reach the safeguarding route through the dead-end or unplaced-child rules either way",
  "dialogs/turnPlanner.ts:425:86 ConditionalExpression -> false":
    "not killed in the time: the leans-to-harm rule has many terms, and the messages read in doubt that were tried reach the safeguarding route through the dead-end or unplaced-child rules either way",
  "dialogs/turnPlanner.ts:425:86 ConditionalExpression -> true":
    "not killed in the time: the leans-to-harm rule has many terms, and the messages read in doubt that were tried reach the safeguarding route through the dead-end or unplaced-child rules either way",
  "dialogs/turnPlanner.ts:425:86 LogicalOperator -> u.risk.confidence >= RISK_THRESHOLD || !u.risk.past":
    "not killed in the time: the leans-to-harm rule has many terms, and the messages read in doubt that were tried reach the safeguarding route through the dead-end or unplaced-child rules either way",
  "dialogs/turnPlanner.ts:425:86 EqualityOperator -> u.risk.confidence > RISK_THRESHOLD":
    "not killed in the time: the leans-to-harm rule has many terms, and the messages read in doubt that were tried reach the safeguarding route through the dead-end or unplaced-child rules either way",
  "dialogs/turnPlanner.ts:425:86 EqualityOperator -> u.risk.confidence < RISK_THRESHOLD":
    "not killed in the time: the leans-to-harm rule has many terms, and the messages read in doubt that were tried reach the safeguarding route through the dead-end or unplaced-child rules either way",
  "dialogs/turnPlanner.ts:425:125 BooleanLiteral -> u.risk.past":
    "not killed in the time: the leans-to-harm rule has many terms, and the messages read in doubt that were tried reach the safeguarding route through the dead-end or unplaced-child rules either way",
  "dialogs/turnPlanner.ts:425:167 BooleanLiteral -> facts.namedServices.length":
    "not killed in the time: the leans-to-harm rule has many terms, and the messages read in doubt that were tried reach the safeguarding route through the dead-end or unplaced-child rules either way",
  "dialogs/turnPlanner.ts:425:200 BooleanLiteral -> u.attributes":
    "not killed in the time: the leans-to-harm rule has many terms, and the messages read in doubt that were tried reach the safeguarding route through the dead-end or unplaced-child rules either way",
  "dialogs/turnPlanner.ts:426:43 LogicalOperator -> isDeadEnd(route) && asksWhatToDo":
    "not killed in the time: as line 425",
  "dialogs/turnPlanner.ts:429:94 ConditionalExpression -> false":
    "not killed in the time: a general question whose route is missing something other than the area after the area is known (the ADHD case misses only the age, which the general question filters out either way)",
  "dialogs/turnPlanner.ts:429:100 StringLiteral -> \"\"":
    "not killed in the time: a general question whose route is missing something other than the area after the area is known (the ADHD case misses only the age, which the general question filters out either way)",
  "dialogs/turnPlanner.ts:433:65 ConditionalExpression -> false":
    "survived the two Cygnet cases (the area asked first; answered at once without an age): needs a named service asked about while a fact other than the area is missing",
  "dialogs/turnPlanner.ts:433:89 ConditionalExpression -> true":
    "survived the two Cygnet cases (the area asked first; answered at once without an age): needs a named service asked about while a fact other than the area is missing",
  "dialogs/turnPlanner.ts:434:34 ConditionalExpression -> true":
    "as line 433",
  "dialogs/turnPlanner.ts:434:34 ConditionalExpression -> false":
    "as line 433",
  "dialogs/turnPlanner.ts:434:34 EqualityOperator -> question.kind !== 'find-service'":
    "as line 433",
  "dialogs/turnPlanner.ts:434:52 StringLiteral -> \"\"":
    "as line 433",
  "dialogs/turnPlanner.ts:436:57 MethodExpression -> facts.namedServices.some(id => route.ruledOut.some(r => r.service.id === id))":
    "not killed in the time: needs two named services, one ruled out, while a fact is still missing",
  "dialogs/turnPlanner.ts:436:114 ConditionalExpression -> true":
    "not killed in the time: needs two named services, one ruled out, while a fact is still missing",
  "dialogs/turnPlanner.ts:437:59 ConditionalExpression -> true":
    "not killed in the time: a lookup or process route still missing a fact is answered at once either way in the cases tried",
  "dialogs/turnPlanner.ts:437:74 StringLiteral -> \"\"":
    "not killed in the time: a lookup or process route still missing a fact is answered at once either way in the cases tried",
  "dialogs/turnPlanner.ts:438:20 ArrayDeclaration -> []":
    "not killed in the time: recording the fact asked only matters when a later turn would ask it again",
  "dialogs/turnPlanner.ts:440:71 StringLiteral -> \"\"":
    "survived the rescore although the records-check case reads this reply's kind; not investigated in the time",
};

/** The scope of issue 16. */
export const fullScope = [
  'src/pathway/**/*.ts',
  'src/understanding/**/*.ts',
  '!src/understanding/eval/**',  // npm run eval:nlu's scoring, not the bot's behaviour
  'dialogs/turnPlanner.ts',
  'src/knowledge/loader.ts',
];

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  packageManager: 'npm',
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutation.config.ts', related: true },
  plugins: ['@stryker-mutator/vitest-runner'],
  mutate: fullScope,
  coverageAnalysis: 'perTest',
  incremental: true,
  incrementalFile: 'reports/stryker-incremental.json',
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/mutation.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  thresholds: { high: 90, low: 80, break: null },
  concurrency: 2,
  timeoutMS: 20000,
  // Stryker rewrites tsconfig.json paths in its sandbox with the TypeScript compiler API, which TypeScript 7
  // lacks (`ts.parseConfigFileTextToJson is not a function`). Nothing here needs the rewrite (no `extends` or
  // `references` outside the project), so point the option at a file that does not exist and it is skipped.
  tsconfigFile: 'tsconfig.not-rewritten-by-stryker.json',
  tempDirName: '.stryker-tmp',
  cleanTempDir: true,
};
