package relations

import (
	"embed"
	"fmt"
	"strconv"
	"strings"

	"github.com/newsgraph/newsgraph"
)

//go:embed data/*.txt
var dataFS embed.FS

// caseSet is a set of grammatical cases a word form can mark.
type caseSet uint8

const (
	cNom caseSet = 1 << iota
	cAcc
	cDat
	cGen
	cAll = cNom | cAcc | cDat | cGen
)

func parseCases(fields []string) caseSet {
	var c caseSet
	for _, f := range fields {
		switch f {
		case "nom":
			c |= cNom
		case "acc":
			c |= cAcc
		case "dat":
			c |= cDat
		case "gen":
			c |= cGen
		}
	}
	return c
}

// typeSet is a set of entity types.
type typeSet uint8

const (
	tPerson typeSet = 1 << iota
	tOrg
	tState
	tPlace
	tEvent
)

func typeBit(t newsgraph.EntityType) typeSet {
	switch t {
	case newsgraph.Person:
		return tPerson
	case newsgraph.Organization:
		return tOrg
	case newsgraph.State:
		return tState
	case newsgraph.Place:
		return tPlace
	case newsgraph.Event:
		return tEvent
	}
	return 0
}

func parseTypes(s string) typeSet {
	var t typeSet
	for _, r := range s {
		switch r {
		case 'P':
			t |= tPerson
		case 'O':
			t |= tOrg
		case 'S':
			t |= tState
		case 'L':
			t |= tPlace
		case 'E':
			t |= tEvent
		}
	}
	return t
}

// formKind says which grammatical forms a word form of a verb can be.
type formKind uint8

const (
	fFinite    formKind = 1 << iota // finite in place (V2 or verb-final)
	fSepFinite                      // finite stem of a separable verb: needs its particle
	fPart                           // past participle
	fInf                            // infinitive (also 1st/3rd person plural)
	fAttr                           // participle with adjective ending (ein geführtes Bündnis)
)

// slot says where a frame finds its object.
type slot struct {
	kind  string   // acc, dat, gen, prep, dir, req
	preps []string // for prep
	types typeSet
}

// frame is the argument frame of one verb trigger.
type frame struct {
	lemma     string
	rel       string
	particle  string // separable particle, "" if none
	subjTypes typeSet
	subjTroop bool // the subject is a body of troops (eintreffen)
	obj       slot
	needs     []string
	unless    []string // words that rule the reading out (verurteilt zu … Haft)
	speaker   bool
	sym       bool
	recip     bool // coordinated subjects are partners without a reciprocal word
	patient   bool // the subject is the object, the agent unnamed (X sitzt in Haft)
	// patientDat: a dative is whom it befalls, the agent unnamed (X drohen
	// fünf Jahre Haft)
	patientDat bool
	noagent    bool // a passive without agent still makes a relation
	attrOnly   bool // only as an attributive participle
	explicit   bool // the destination must be named
	inverse    bool // the object is the relation's subject (das Amt an Y übergeben: Y succeeded)
}

// verbHit is one reading of a word form.
type verbHit struct {
	frame int
	kind  formKind
}

// nounFrame is the frame of a noun trigger.
type nounFrame struct {
	rel       string
	subj, obj []string
	pre       string
	notPre    string
	unless    []string
	subjTypes typeSet
	objTypes  typeSet
	needs     []string
}

// role is an office noun.
type role struct {
	head     string
	object   string // state, org, any
	implicit bool
	bare     bool // implicit only without a prefix (Präsident, not Polizeipräsident)
	// domestic: an office of the state the events happen in (Juntachef,
	// Armeechef): its state is the article's, never the previous sentence's
	domestic bool
}

// cameoRule assigns a CAMEO code, optionally only when a stem occurs.
type cameoRule struct {
	code  string
	stems []string
}

// lexicon is everything the extractor knows about German words. It is
// built once from the embedded data files.
type lexicon struct {
	dets             map[string]caseSet
	possessive       map[string]bool
	preps            map[string]bool
	subs             map[string]bool
	infOpen          map[string]bool
	relpron          map[string]caseSet
	pronouns         map[string]caseSet
	coord            map[string]bool
	neg              map[string]bool
	auxWerden        map[string]bool
	werdenPassive    map[string]bool
	vorfeldAdverb    map[string]bool
	stateDesc        map[string]bool
	parliaments      []string
	nonAllianceEnds  []string
	copula           map[string]bool
	notParty         map[string]bool
	militaryNouns    []string
	federal          map[string]bool
	federalRole      map[string]bool
	designate        map[string]bool
	memberTails      []string
	decide           map[string]bool
	aux              map[string]bool
	lassen           map[string]bool
	reciprocal       map[string]bool
	speech           map[string]bool
	former           map[string]bool
	formerPre        []string
	nationSuffix     []string
	notNation        map[string]bool
	deputy           map[string]bool
	troops           map[string]bool
	troopTails       []string // troop nouns of at least five bytes, matched as compound tails
	causer           map[string]bool
	stateGroup       map[string]bool
	talkSetting      map[string]bool
	hostile          map[string]bool
	leadNoun         map[string]bool
	partyName        []string
	partyAdjective   []string
	labelVerb        []string
	rebuttal         [][]string // word forms of a rebuttal (wies|zurück: both in one clause)
	hypothetical     map[string]bool
	bodyNoun         map[string]string // noun → head the organisation's name must end in, or ""
	addressed        map[string]bool
	groupNumber      map[string]int
	help             map[string]bool
	orgDesc          map[string]bool
	authority        map[string]bool
	representative   map[string]bool
	cease            map[string]bool
	sepParticles     map[string]bool
	collective       map[string]bool
	feminineSuffixes []string
	genericPrefix    map[string]bool
	weekdays         map[string]int
	months           map[string]int
	pastWords        map[string]bool
	dayparts         map[string]bool
	timeNouns        map[string]bool
	frames           []frame
	forms            map[string][]verbHit
	particles        map[string]bool
	nounFrames       []nounFrame
	nouns            map[string][]int
	nounTails        []string // noun triggers matched as compound tails, longest first
	roles            map[string]role
	roleTails        []string
	roleEnds         map[string]bool // last three bytes of every role head, for a quick reject
	roleEndBits      endFilter       // the same as a bit table, tested first
	nounEndBits      endFilter       // last three bytes of every noun trigger
	organEndBits     endFilter       // last three bytes of organ, state and military nouns
	nounEnds         map[string]bool
	demonyms         map[string]string
	cameo            map[string][]cameoRule
	strongVerbs      map[string]strongVerb
}

type strongVerb struct {
	present []string
	past    []string
	parts   []string
}

var lex = mustLoad()

func mustLoad() *lexicon {
	l, err := load()
	if err != nil {
		panic("relations: bad embedded data: " + err.Error())
	}
	return l
}

// lines returns the non-empty, non-comment lines of an embedded file.
func lines(name string) ([]string, error) {
	b, err := dataFS.ReadFile("data/" + name)
	if err != nil {
		return nil, err
	}
	var out []string
	for _, ln := range strings.Split(string(b), "\n") {
		ln = strings.TrimSpace(ln)
		if ln == "" || ln[0] == '#' {
			continue
		}
		out = append(out, ln)
	}
	return out, nil
}

// sections splits a file into [section] → lines.
func sections(name string) (map[string][]string, error) {
	ls, err := lines(name)
	if err != nil {
		return nil, err
	}
	m := map[string][]string{}
	cur := ""
	for _, ln := range ls {
		if strings.HasPrefix(ln, "[") && strings.HasSuffix(ln, "]") {
			cur = ln[1 : len(ln)-1]
			continue
		}
		m[cur] = append(m[cur], ln)
	}
	return m, nil
}

func set(ls []string) map[string]bool {
	m := make(map[string]bool, len(ls))
	for _, l := range ls {
		m[strings.Fields(l)[0]] = true
	}
	return m
}

func load() (*lexicon, error) {
	l := &lexicon{}
	fn, err := sections("function.txt")
	if err != nil {
		return nil, err
	}
	l.dets = map[string]caseSet{}
	for _, ln := range fn["det"] {
		f := strings.Fields(ln)
		l.dets[f[0]] = parseCases(f[1:])
	}
	l.relpron = map[string]caseSet{}
	for _, ln := range fn["relpron"] {
		f := strings.Fields(ln)
		l.relpron[f[0]] = parseCases(f[1:])
	}
	l.pronouns = map[string]caseSet{}
	for _, ln := range fn["pronoun"] {
		f := strings.Fields(ln)
		l.pronouns[f[0]] = parseCases(f[1:])
	}
	l.possessive = set(fn["possessive"])
	l.preps = set(fn["prep"])
	l.subs = set(fn["sub"])
	l.infOpen = set(fn["inf"])
	l.coord = set(fn["coord"])
	l.neg = set(fn["neg"])
	l.auxWerden = set(fn["aux_werden"])
	l.werdenPassive = set(fn["werden_passive"])
	l.vorfeldAdverb = set(fn["vorfeld_adverb"])
	l.stateDesc = set(fn["state_desc"])
	l.parliaments = fn["parliament"]
	l.nonAllianceEnds = fn["non_alliance"]
	l.copula = set(fn["copula"])
	l.notParty = set(fn["not_party"])
	l.militaryNouns = fn["military"]
	l.federal = set(fn["federal_state"])
	l.federalRole = set(fn["federal_role"])
	l.designate = set(fn["designate"])
	l.memberTails = fn["member_tail"]
	l.decide = set(fn["decide"])
	for _, sec := range []string{"authority", "state_desc", "military"} {
		for _, w := range fn[sec] {
			if len(w) < 3 {
				return nil, fmt.Errorf("function.txt: [%s] %q is too short", sec, w)
			}
			l.organEndBits.add(w[len(w)-3:])
		}
	}
	l.aux = set(fn["aux"])
	l.lassen = set(fn["lassen"])
	l.reciprocal = set(fn["reciprocal"])
	l.speech = set(fn["speech"])
	l.former = set(fn["former"])
	l.formerPre = fn["former_prefix"]
	l.nationSuffix = fn["nationality_suffix"]
	l.notNation = set(fn["not_nationality"])
	l.deputy = set(fn["deputy"])
	l.troops = set(fn["troops"])
	for t := range l.troops {
		if len(t) >= 5 {
			l.troopTails = append(l.troopTails, t)
		}
	}
	l.causer = set(fn["causer"])
	l.stateGroup = set(fn["state_group"])
	l.talkSetting = set(fn["talk_setting"])
	l.hostile = set(fn["hostile"])
	l.leadNoun = set(fn["lead_noun"])
	l.partyName = fn["party_name"]
	l.partyAdjective = fn["party_adjective"]
	l.labelVerb = fn["label_verb"]
	for _, e := range fn["rebuttal"] {
		l.rebuttal = append(l.rebuttal, strings.Split(e, "|"))
	}
	l.hypothetical = set(fn["hypothetical"])
	l.bodyNoun = map[string]string{}
	for _, ln := range fn["body_noun"] {
		f := strings.Fields(ln)
		l.bodyNoun[f[0]] = ""
		if len(f) > 1 {
			l.bodyNoun[f[0]] = f[1]
		}
	}
	l.addressed = set(fn["addressed"])
	l.groupNumber = map[string]int{}
	for _, ln := range fn["group_number"] {
		if f := strings.Fields(ln); len(f) == 2 {
			if n, err := strconv.Atoi(f[1]); err == nil {
				l.groupNumber[f[0]] = n
			}
		}
	}
	l.help = set(fn["help"])
	l.orgDesc = set(fn["orgdesc"])
	l.authority = set(fn["authority"])
	l.representative = set(fn["representative"])
	l.cease = set(fn["cease"])
	l.sepParticles = set(fn["particle"])
	l.collective = set(fn["collective"])
	l.feminineSuffixes = fn["feminine"]
	l.genericPrefix = set(fn["generic_prefix"])

	ds, err := sections("dates.txt")
	if err != nil {
		return nil, err
	}
	l.weekdays, l.months = map[string]int{}, map[string]int{}
	for _, ln := range ds["weekday"] {
		var w string
		var n int
		if _, err := fmt.Sscan(ln, &w, &n); err != nil {
			return nil, fmt.Errorf("dates.txt: %q: %w", ln, err)
		}
		l.weekdays[w] = n
	}
	for _, ln := range ds["month"] {
		var w string
		var n int
		if _, err := fmt.Sscan(ln, &w, &n); err != nil {
			return nil, fmt.Errorf("dates.txt: %q: %w", ln, err)
		}
		l.months[w] = n
	}
	l.pastWords = set(ds["past"])
	l.dayparts = set(ds["daypart"])
	l.timeNouns = set(ds["time_noun"])

	if err := l.loadVerbs(); err != nil {
		return nil, err
	}
	if err := l.loadNouns(); err != nil {
		return nil, err
	}
	if err := l.loadRoles(); err != nil {
		return nil, err
	}
	dm, err := lines("demonyms.txt")
	if err != nil {
		return nil, err
	}
	l.demonyms = map[string]string{}
	for _, ln := range dm {
		f := strings.Fields(ln)
		if len(f) != 2 {
			return nil, fmt.Errorf("demonyms.txt: %q", ln)
		}
		l.demonyms[f[0]] = f[1]
	}
	cm, err := lines("cameo.txt")
	if err != nil {
		return nil, err
	}
	l.cameo = map[string][]cameoRule{}
	for _, ln := range cm {
		f := strings.Fields(ln)
		if len(f) < 2 {
			return nil, fmt.Errorf("cameo.txt: %q", ln)
		}
		r := cameoRule{code: f[1]}
		if len(f) > 2 && strings.HasPrefix(f[2], "if=") {
			r.stems = strings.Split(f[2][3:], "|")
		}
		l.cameo[f[0]] = append(l.cameo[f[0]], r)
	}
	return l, nil
}

func (l *lexicon) loadVerbs() error {
	vs, err := lines("verbs.txt")
	if err != nil {
		return err
	}
	l.strongVerbs = map[string]strongVerb{}
	for _, ln := range vs {
		p := strings.Split(ln, "|")
		if len(p) != 4 {
			return fmt.Errorf("verbs.txt: %q", ln)
		}
		l.strongVerbs[strings.TrimSpace(p[0])] = strongVerb{
			present: strings.Fields(p[1]),
			past:    strings.Fields(p[2]),
			parts:   strings.Fields(p[3]),
		}
	}
	ts, err := lines("triggers.txt")
	if err != nil {
		return err
	}
	cv, err := lines("common_verbs.txt")
	if err != nil {
		return err
	}
	for _, v := range cv {
		ts = append(ts, v+" verb") // finite-verb knowledge only, no relation
	}
	l.forms = map[string][]verbHit{}
	l.particles = map[string]bool{}
	for _, ln := range ts {
		f := strings.Fields(ln)
		if len(f) < 2 {
			return fmt.Errorf("triggers.txt: %q", ln)
		}
		fr := frame{lemma: f[0], rel: f[1]}
		for _, kv := range f[2:] {
			k, v, _ := strings.Cut(kv, "=")
			switch k {
			case "subj":
				if v == "troops" {
					fr.subjTroop = true
					fr.subjTypes = tState | tOrg | tPerson
				} else {
					fr.subjTypes = parseTypes(v)
				}
			case "obj":
				parts := strings.Split(v, ":")
				fr.obj.kind = parts[0]
				switch {
				case parts[0] == "subj" && len(parts) == 2:
					fr.obj.types = parseTypes(parts[1])
					fr.patient = true
				case parts[0] == "troops" && len(parts) == 2:
					// the owner of the troops the clause names (erlaubte den
					// russischen Einheiten den Durchmarsch)
					fr.obj.types = parseTypes(parts[1])
				case parts[0] == "patdat" && len(parts) == 2:
					fr.obj.types = parseTypes(parts[1])
					fr.patientDat = true
				case parts[0] == "prep" && len(parts) == 3:
					fr.obj.preps = strings.Split(parts[1], "|")
					fr.obj.types = parseTypes(parts[2])
				case len(parts) == 2:
					fr.obj.types = parseTypes(parts[1])
				default:
					return fmt.Errorf("triggers.txt: bad obj in %q", ln)
				}
			case "need":
				fr.needs = strings.Split(v, ",")
			case "unless":
				fr.unless = strings.Split(v, "|")
			case "speaker":
				fr.speaker = true
			case "sym":
				fr.sym = true
			case "recip":
				fr.recip = true
			case "patient":
				fr.patient = true
			case "noagent":
				fr.noagent = true
			case "attronly":
				fr.attrOnly = true
			case "inverse":
				fr.inverse = true
			case "explicit":
				fr.explicit = true
				fr.obj.preps = []string{"auf"} // vorrücken auf Kiew
			default:
				return fmt.Errorf("triggers.txt: unknown key %q in %q", k, ln)
			}
		}
		idx := len(l.frames)
		parts := strings.Split(fr.lemma, "|")
		base := parts[len(parts)-1]
		particle := strings.Join(parts[:len(parts)-1], "")
		fr.particle = particle
		l.frames = append(l.frames, fr)
		fin, parts2, inf := l.conjugate(base)
		add := func(form string, k formKind) {
			form = strings.ToLower(form)
			for i, h := range l.forms[form] {
				if h.frame == idx {
					l.forms[form][i].kind |= k
					return
				}
			}
			l.forms[form] = append(l.forms[form], verbHit{frame: idx, kind: k})
		}
		if particle == "" {
			for _, w := range fin {
				add(w, fFinite)
			}
			for _, w := range parts2 {
				add(w, fPart)
				for _, e := range []string{"e", "en", "er", "es", "em"} {
					add(w+e, fAttr)
				}
			}
			add(inf, fInf)
			continue
		}
		l.particles[particle] = true
		for _, w := range fin {
			add(w, fSepFinite)
			add(particle+w, fFinite) // verb-final: festnahm
		}
		for _, w := range parts2 {
			add(particle+w, fPart)
			for _, e := range []string{"e", "en", "er", "es", "em"} {
				add(particle+w+e, fAttr)
			}
		}
		add(particle+inf, fInf)
		add(particle+"zu"+inf, fInf)
	}
	return nil
}

// inseparable prefixes: their verbs take no ge- in the participle.
var inseparable = []string{"miss", "zer", "ver", "ent", "emp", "unter", "über", "hinter", "wider", "er", "be", "ge"}

// conjugate returns the finite forms, the participles and the infinitive
// of a verb without separable particle.
func (l *lexicon) conjugate(inf string) (fin, parts []string, _ string) {
	if sv, ok := l.strongVerbs[inf]; ok {
		return strongForms(inf, sv, ""), sv.parts, inf
	}
	for _, p := range inseparable {
		rest, ok := strings.CutPrefix(inf, p)
		if !ok || len(rest) < 4 {
			continue
		}
		if sv, ok := l.strongVerbs[rest]; ok {
			for _, pp := range sv.parts {
				parts = append(parts, p+strings.TrimPrefix(pp, "ge"))
			}
			return strongForms(rest, sv, p), parts, inf
		}
	}
	fin, part := weakForms(inf)
	return fin, []string{part}, inf
}

func strongForms(inf string, sv strongVerb, prefix string) []string {
	stem := strings.TrimSuffix(inf, "en")
	if stem == inf {
		stem = strings.TrimSuffix(inf, "n")
	}
	out := []string{inf, stem + "e", stem + "est", stem + "et"}
	out = append(out, sv.present...)
	for _, p := range sv.past {
		out = append(out, p)
		if strings.HasSuffix(p, "e") {
			out = append(out, p+"n", p+"st", p+"t")
		} else {
			out = append(out, p+"en", p+"st", p+"t", p+"e")
		}
	}
	if prefix != "" {
		for i := range out {
			out[i] = prefix + out[i]
		}
	}
	return out
}

// weakForms conjugates a regular (weak) verb.
func weakForms(inf string) (fin []string, part string) {
	stem := strings.TrimSuffix(inf, "en")
	if stem == inf {
		stem = strings.TrimSuffix(inf, "n")
	}
	e := ""
	if needsE(stem) {
		e = "e"
	}
	fin = []string{inf, stem + "e", stem + e + "st", stem + e + "t", stem + "est", stem + "et",
		stem + e + "te", stem + e + "ten", stem + e + "test", stem + e + "tet"}
	ge := "ge"
	if strings.HasSuffix(inf, "ieren") {
		ge = ""
	}
	for _, p := range inseparable {
		if strings.HasPrefix(inf, p) && len(inf)-len(p) >= 4 {
			ge = ""
			break
		}
	}
	return fin, ge + stem + e + "t"
}

// needsE reports whether a weak stem takes an -e- before t (leitet, ordnet).
func needsE(stem string) bool {
	if strings.HasSuffix(stem, "t") || strings.HasSuffix(stem, "d") {
		return true
	}
	n := len(stem)
	if n >= 3 && stem[n-1] == 'n' && stem[n-2] == 'h' && stem[n-3] == 'c' {
		return true // bezeichnete, rechnete (but wohnte)
	}
	if n >= 2 && (stem[n-1] == 'm' || stem[n-1] == 'n') {
		switch stem[n-2] {
		case 'l', 'r', 'h', 'm', 'n', 'a', 'e', 'i', 'o', 'u':
			return false
		}
		return true
	}
	return false
}

func (l *lexicon) loadNouns() error {
	ns, err := lines("nouns.txt")
	if err != nil {
		return err
	}
	l.nouns = map[string][]int{}
	for _, ln := range ns {
		f := strings.Fields(ln)
		if len(f) < 3 {
			return fmt.Errorf("nouns.txt: %q", ln)
		}
		nf := nounFrame{rel: f[1], subjTypes: tPerson | tOrg | tState, objTypes: tPerson | tOrg | tState}
		exact := false
		for _, kv := range f[2:] {
			k, v, _ := strings.Cut(kv, "=")
			switch k {
			case "subj":
				nf.subj = strings.Split(v, ",")
			case "obj":
				nf.obj = strings.Split(v, ",")
			case "pre":
				nf.pre = v
			case "notpre":
				nf.notPre = v
			case "exact":
				exact = true
			case "unless":
				nf.unless = strings.Split(v, "|")
			case "types":
				s, o, _ := strings.Cut(v, "/")
				nf.subjTypes, nf.objTypes = parseTypes(s), parseTypes(o)
			case "need":
				nf.needs = strings.Split(v, ",")
			default:
				return fmt.Errorf("nouns.txt: unknown key %q in %q", k, ln)
			}
		}
		idx := len(l.nounFrames)
		l.nounFrames = append(l.nounFrames, nf)
		for _, n := range strings.Split(f[0], ",") {
			l.nouns[n] = append(l.nouns[n], idx)
			if len(n) >= 3 {
				l.nounEndBits.add(n[len(n)-3:])
			} else {
				return fmt.Errorf("nouns.txt: %q is too short", n)
			}
			if len(n) >= 6 && !exact {
				l.nounTails = append(l.nounTails, n)
			}
		}
	}
	sortLongestFirst(l.nounTails)
	l.nounEnds = map[string]bool{}
	for _, t := range l.nounTails {
		l.nounEnds[t[len(t)-3:]] = true
	}
	return nil
}

func (l *lexicon) loadRoles() error {
	rs, err := lines("roles.txt")
	if err != nil {
		return err
	}
	l.roles = map[string]role{}
	for _, ln := range rs {
		f := strings.Fields(ln)
		if len(f) < 2 {
			return fmt.Errorf("roles.txt: %q", ln)
		}
		r := role{head: f[0], object: f[1], implicit: len(f) > 2 && (f[2] == "implicit" || f[2] == "implicit-bare"), bare: len(f) > 2 && f[2] == "implicit-bare"}
		if len(f) > 2 && f[2] == "implicit-domestic" {
			r.implicit, r.domestic = true, true
		}
		l.roles[f[0]] = r
		l.roleTails = append(l.roleTails, f[0])
	}
	sortLongestFirst(l.roleTails)
	l.roleEnds = map[string]bool{}
	for _, t := range l.roleTails {
		l.roleEnds[t[len(t)-3:]] = true
		l.roleEndBits.add(t[len(t)-3:])
	}
	return nil
}

func sortLongestFirst(s []string) {
	for i := 1; i < len(s); i++ {
		for j := i; j > 0 && len(s[j]) > len(s[j-1]); j-- {
			s[j], s[j-1] = s[j-1], s[j]
		}
	}
}

// cameoFor picks the CAMEO code of a relation given the sentence's lower-case text.
func (l *lexicon) cameoFor(rel, lowSentence string) string {
	def := ""
	for _, r := range l.cameo[rel] {
		if len(r.stems) == 0 {
			if def == "" {
				def = r.code
			}
			continue
		}
		for _, s := range r.stems {
			if strings.Contains(lowSentence, s) {
				return r.code
			}
		}
	}
	return def
}

// nationAdj reports whether a lower-case adjective looks like a nationality
// (palästinensische), known to the lexicon or not.
func (l *lexicon) nationAdj(low string) bool {
	stem := low
	for _, end := range []string{"en", "em", "er", "es", "e"} {
		if st, ok := strings.CutSuffix(stem, end); ok {
			stem = st
			break
		}
	}
	if l.notNation[stem] {
		return false
	}
	for _, suf := range l.nationSuffix {
		if strings.HasSuffix(stem, suf) {
			return true
		}
	}
	return false
}

// isParliament reports whether an organisation's name ends like a
// parliament's (Staatsduma, Bundestag): its members hold a seat, an office.
func (l *lexicon) isParliament(name string) bool {
	low := strings.ToLower(name)
	for _, p := range l.parliaments {
		if exact, ok := strings.CutPrefix(p, "="); ok {
			if low == exact {
				return true
			}
			continue
		}
		if strings.HasSuffix(low, p) || strings.HasSuffix(low, p+"s") || strings.HasSuffix(low, p+"es") {
			return true
		}
	}
	return false
}

// nonAlliance reports whether an organisation's name ends in a noun for a
// group that is no alliance (Houthi-Rebellen, Volkspartei).
func (l *lexicon) nonAlliance(name string) bool {
	low := strings.ToLower(name)
	for _, e := range l.nonAllianceEnds {
		if strings.HasSuffix(low, e) {
			return true
		}
	}
	return false
}

// military reports whether a lower-case noun names the armed forces of a
// state as an actor (Militär, Armeeführung, Junta, Soldaten).
func (l *lexicon) military(low string) bool {
	for _, m := range l.militaryNouns {
		if low == m || m == "junta" && strings.HasSuffix(low, m) {
			return true
		}
	}
	return false
}

// endFilter is a 65,536-bit table of hashed three-byte word endings: a
// membership test without a map look-up; false positives are possible and
// are checked against the map.
type endFilter [1024]uint64

func endHash(s string) uint32 {
	return (uint32(s[0])*961 + uint32(s[1])*31 + uint32(s[2])) & 0xffff
}

func (f *endFilter) add(s string) { h := endHash(s); f[h>>6] |= 1 << (h & 63) }

func (f *endFilter) has(s string) bool { h := endHash(s); return f[h>>6]&(1<<(h&63)) != 0 }

// memberTail reports whether a compound ends in a noun for an
// organisation's members (nato-staaten, g7-außenminister).
func (l *lexicon) memberTail(low string) bool {
	for _, t := range l.memberTails {
		if strings.HasSuffix(low, "-"+t) {
			return true
		}
	}
	return false
}
