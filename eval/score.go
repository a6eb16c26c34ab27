package eval

import (
	"encoding/json"
	"sort"
	"strings"
)

// Counts are true positives, false positives and false negatives.
type Counts struct {
	TP int `json:"tp"`
	FP int `json:"fp"`
	FN int `json:"fn"`
}

// Add accumulates o into c (micro-averaging).
func (c *Counts) Add(o Counts) {
	c.TP += o.TP
	c.FP += o.FP
	c.FN += o.FN
}

// Precision is TP/(TP+FP). With nothing predicted it is 0, except that an
// empty prediction against an empty gold is vacuously perfect (1).
func (c Counts) Precision() float64 {
	if c.TP+c.FP == 0 {
		return c.vacuous()
	}
	return float64(c.TP) / float64(c.TP+c.FP)
}

// Recall is TP/(TP+FN), with the same convention as Precision for 0/0.
func (c Counts) Recall() float64 {
	if c.TP+c.FN == 0 {
		return c.vacuous()
	}
	return float64(c.TP) / float64(c.TP+c.FN)
}

// F1 is the harmonic mean of precision and recall, 0 when both are 0.
func (c Counts) F1() float64 {
	p, r := c.Precision(), c.Recall()
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

// vacuous is the value of a 0/0 ratio: 1 when there was nothing to find and
// nothing was found, else 0. It keeps every score a number, never NaN.
func (c Counts) vacuous() float64 {
	if c.TP == 0 && c.FP == 0 && c.FN == 0 {
		return 1
	}
	return 0
}

// MarshalJSON adds the derived ratios to the counts.
func (c Counts) MarshalJSON() ([]byte, error) {
	return json.Marshal(struct {
		TP        int     `json:"tp"`
		FP        int     `json:"fp"`
		FN        int     `json:"fn"`
		Precision float64 `json:"precision"`
		Recall    float64 `json:"recall"`
		F1        float64 `json:"f1"`
	}{c.TP, c.FP, c.FN, c.Precision(), c.Recall(), c.F1()})
}

// TypeMismatch is a predicted entity that matched a gold entity by name but
// not by type.
type TypeMismatch struct {
	Gold      GoldEntity `json:"gold"`
	Predicted GoldEntity `json:"predicted"`
}

// ArticleScore is the comparison of one article's extraction with its gold.
type ArticleScore struct {
	File string `json:"file"`
	// Predicted is false when no extraction output was given for the
	// article; then everything in its gold counts as missed.
	Predicted     bool   `json:"predicted"`
	Entities      Counts `json:"entities"`       // by name and aliases, type ignored
	TypedEntities Counts `json:"typed_entities"` // by name and aliases and type
	Relations     Counts `json:"relations"`
	// DuplicateRelations counts predicted triples that were not scored
	// because another predicted triple already matched the same gold triple
	// (the same statement under two spellings of one entity).
	DuplicateRelations int               `json:"duplicate_relations"`
	RelationTypes      map[string]Counts `json:"relation_types"`

	MissedEntities  []GoldEntity   `json:"missed_entities"`
	FalseEntities   []GoldEntity   `json:"false_entities"`
	TypeMismatches  []TypeMismatch `json:"type_mismatches"`
	MissedRelations []GoldRelation `json:"missed_relations"`
	FalseRelations  []GoldRelation `json:"false_relations"`
}

// TypeScore is the micro-averaged score of one relation type.
type TypeScore struct {
	Type   string `json:"type"`
	Counts Counts `json:"counts"`
}

// Report is the result of scoring a set of articles.
type Report struct {
	Articles      []ArticleScore `json:"articles"`
	Entities      Counts         `json:"entities"`
	TypedEntities Counts         `json:"typed_entities"`
	Relations     Counts         `json:"relations"`
	RelationTypes []TypeScore    `json:"relation_types"`
	// Unscored lists predicted articles that have no gold article.
	Unscored []string `json:"unscored,omitempty"`
}

// Score compares predictions with every article of gold, matching them by
// file name. Gold articles without a prediction score as all missed; several
// predictions for one file are pooled; predictions without gold are listed
// in Report.Unscored. Totals are micro-averaged over articles.
func Score(gold Gold, predicted []GoldArticle) Report {
	byFile := map[string]*GoldArticle{}
	var order []string
	for _, p := range predicted {
		if q, ok := byFile[p.File]; ok {
			q.Entities = append(q.Entities, p.Entities...)
			q.Relations = append(q.Relations, p.Relations...)
			continue
		}
		p := p
		byFile[p.File] = &p
		order = append(order, p.File)
	}
	var rep Report
	types := map[string]Counts{}
	scored := map[string]bool{}
	for _, g := range gold.Articles {
		p, ok := byFile[g.File]
		var s ArticleScore
		if ok {
			s = ScoreArticle(g, *p)
		} else {
			s = ScoreArticle(g, GoldArticle{File: g.File})
		}
		s.Predicted = ok
		scored[g.File] = true
		rep.Articles = append(rep.Articles, s)
		rep.Entities.Add(s.Entities)
		rep.TypedEntities.Add(s.TypedEntities)
		rep.Relations.Add(s.Relations)
		for t, c := range s.RelationTypes {
			sum := types[t]
			sum.Add(c)
			types[t] = sum
		}
	}
	for _, f := range order {
		if !scored[f] {
			rep.Unscored = append(rep.Unscored, f)
		}
	}
	rep.RelationTypes = sortedTypes(types)
	return rep
}

func sortedTypes(m map[string]Counts) []TypeScore {
	out := make([]TypeScore, 0, len(m))
	for t, c := range m {
		out = append(out, TypeScore{Type: t, Counts: c})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Type < out[j].Type })
	return out
}

// ScoreArticle compares one article's prediction with its gold.
//
// Entities: a predicted and a gold entity match when their name-and-alias
// sets share a spelling (case-insensitive after NFC, see fold). Matching is
// one-to-one and maximum (Kuhn's algorithm): TP is the size of a largest
// matching, FP the predicted entities left unmatched, FN the gold entities
// left unmatched. So an entity split in two by the resolver scores one TP
// and one FP. Typed scoring is the same with equal types required. Which
// of several largest matchings is reported prefers pairs of equal name and
// type, then of equal type (see maxMatching); the counts do not depend on
// it.
//
// Relations: gold triples (type, subject, object) are deduplicated per
// article (alternatives of duplicates are pooled), predicted triples by
// their (type, subject, object) names. A predicted argument is resolved to
// every gold entity whose spellings meet the spellings of the predicted
// entity of that name (or the bare name when no predicted entity has it).
// A predicted triple fits a gold one when the types are equal, the object
// resolves to the gold object or an object alternative, and the subject
// resolves to the gold subject or a subject alternative, or the gold
// subject is null. TP is a maximum one-to-one matching of fitting pairs;
// unmatched gold triples are FN; unmatched predicted triples are FP unless
// they fit a gold triple that another prediction already matched (then they
// are duplicates and count nowhere).
func ScoreArticle(gold, pred GoldArticle) ArticleScore {
	s := ArticleScore{File: gold.File, Predicted: true, RelationTypes: map[string]Counts{}}
	scoreEntities(&s, gold.Entities, pred.Entities)
	scoreRelations(&s, gold, pred)
	return s
}

func scoreEntities(s *ArticleScore, gold, pred []GoldEntity) {
	gs := make([]map[string]bool, len(gold))
	for i, e := range gold {
		gs[i] = surfaceSet(e.Name, e.Aliases)
	}
	ps := make([]map[string]bool, len(pred))
	for i, e := range pred {
		ps[i] = surfaceSet(e.Name, e.Aliases)
	}
	sameName := func(p, g int) bool {
		return sameType(pred[p].Type, gold[g].Type) && fold(pred[p].Name) == fold(gold[g].Name)
	}
	typed := func(p, g int) bool { return sameType(pred[p].Type, gold[g].Type) && intersects(ps[p], gs[g]) }
	untyped := func(p, g int) bool { return intersects(ps[p], gs[g]) }
	match, n := maxMatching(len(pred), len(gold), sameName, typed, untyped)
	s.Entities = Counts{TP: n, FP: len(pred) - n, FN: len(gold) - n}
	_, nt := maxMatching(len(pred), len(gold), sameName, typed)
	s.TypedEntities = Counts{TP: nt, FP: len(pred) - nt, FN: len(gold) - nt}

	matched := make([]bool, len(gold))
	for p, g := range match {
		if g < 0 {
			s.FalseEntities = append(s.FalseEntities, pred[p])
			continue
		}
		matched[g] = true
		if !sameType(pred[p].Type, gold[g].Type) {
			s.TypeMismatches = append(s.TypeMismatches, TypeMismatch{Gold: gold[g], Predicted: pred[p]})
		}
	}
	for g, ok := range matched {
		if !ok {
			s.MissedEntities = append(s.MissedEntities, gold[g])
		}
	}
}

func sameType(a, b string) bool {
	return strings.EqualFold(strings.TrimSpace(a), strings.TrimSpace(b))
}

// goldTriple is a deduplicated gold relation with its accepted arguments as
// indices into the gold entity list.
type goldTriple struct {
	rel      GoldRelation
	subjects map[int]bool // nil: null subject, anything goes
	objects  map[int]bool
}

// predTriple is a deduplicated predicted relation with its arguments
// resolved to gold entity indices.
type predTriple struct {
	rel      GoldRelation
	subjects map[int]bool
	objects  map[int]bool
}

func scoreRelations(s *ArticleScore, gold, pred GoldArticle) {
	goldIndex := map[string]int{} // folded canonical name → gold entity
	goldForms := make([]map[string]bool, len(gold.Entities))
	for i, e := range gold.Entities {
		if _, dup := goldIndex[fold(e.Name)]; !dup {
			goldIndex[fold(e.Name)] = i
		}
		goldForms[i] = surfaceSet(e.Name, e.Aliases)
	}
	indices := func(names ...string) map[int]bool {
		set := map[int]bool{}
		for _, n := range names {
			if i, ok := goldIndex[fold(n)]; ok {
				set[i] = true
			}
		}
		return set
	}

	var golds []*goldTriple
	gkeys := map[string]*goldTriple{}
	for _, r := range gold.Relations {
		k := tripleKey(r)
		if g, ok := gkeys[k]; ok {
			for i := range indices(r.SubjectAlternatives...) {
				if g.subjects != nil {
					g.subjects[i] = true
				}
			}
			for i := range indices(r.ObjectAlternatives...) {
				g.objects[i] = true
			}
			continue
		}
		g := &goldTriple{rel: r, objects: indices(append([]string{r.Object}, r.ObjectAlternatives...)...)}
		if r.Subject != nil {
			g.subjects = indices(append([]string{*r.Subject}, r.SubjectAlternatives...)...)
		}
		gkeys[k] = g
		golds = append(golds, g)
	}

	// The spellings of each predicted name: those of every predicted entity
	// so named, pooled.
	predForms := map[string]map[string]bool{}
	for _, e := range pred.Entities {
		k := fold(e.Name)
		if predForms[k] == nil {
			predForms[k] = map[string]bool{}
		}
		for f := range surfaceSet(e.Name, e.Aliases) {
			predForms[k][f] = true
		}
	}
	resolve := func(name string) map[int]bool {
		set := map[int]bool{}
		if strings.TrimSpace(name) == "" {
			return set
		}
		forms := predForms[fold(name)]
		if forms == nil {
			forms = map[string]bool{fold(name): true}
		}
		for i, gf := range goldForms {
			if intersects(forms, gf) {
				set[i] = true
			}
		}
		return set
	}

	var preds []*predTriple
	pkeys := map[string]bool{}
	for _, r := range pred.Relations {
		k := tripleKey(r)
		if pkeys[k] {
			continue
		}
		pkeys[k] = true
		preds = append(preds, &predTriple{rel: r, subjects: resolve(r.SubjectName()), objects: resolve(r.Object)})
	}

	fits := func(p *predTriple, g *goldTriple) bool {
		if !sameType(p.rel.Type, g.rel.Type) || !meets(p.objects, g.objects) {
			return false
		}
		if g.subjects == nil {
			return true
		}
		return meets(p.subjects, g.subjects)
	}
	match, n := maxMatching(len(preds), len(golds), func(p, g int) bool { return fits(preds[p], golds[g]) })
	s.Relations.TP = n
	matched := make([]bool, len(golds))
	for _, g := range match {
		if g >= 0 {
			matched[g] = true
			c := s.RelationTypes[golds[g].rel.Type]
			c.TP++
			s.RelationTypes[golds[g].rel.Type] = c
		}
	}
	for p, g := range match {
		if g >= 0 {
			continue
		}
		duplicate := false
		for gi, gt := range golds {
			if matched[gi] && fits(preds[p], gt) {
				duplicate = true
				break
			}
		}
		if duplicate {
			s.DuplicateRelations++
			continue
		}
		s.Relations.FP++
		s.FalseRelations = append(s.FalseRelations, preds[p].rel)
		c := s.RelationTypes[preds[p].rel.Type]
		c.FP++
		s.RelationTypes[preds[p].rel.Type] = c
	}
	for g, ok := range matched {
		if ok {
			continue
		}
		s.Relations.FN++
		s.MissedRelations = append(s.MissedRelations, golds[g].rel)
		c := s.RelationTypes[golds[g].rel.Type]
		c.FN++
		s.RelationTypes[golds[g].rel.Type] = c
	}
}

// tripleKey identifies a relation as the README scores it: type, subject
// (or null), object, compared like entity names.
func tripleKey(r GoldRelation) string {
	subj := "\x00null"
	if r.Subject != nil {
		subj = fold(*r.Subject)
	}
	return strings.ToLower(strings.TrimSpace(r.Type)) + "\x01" + subj + "\x01" + fold(r.Object)
}

func meets(a, b map[int]bool) bool {
	for k := range a {
		if b[k] {
			return true
		}
	}
	return false
}
