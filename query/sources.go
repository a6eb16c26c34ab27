package query

import (
	"context"
	"sort"
	"strconv"
	"strings"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/extract/text"
)

// Evidence is one source row: a sentence and, when it supports a fact,
// which fact.
type Evidence struct {
	Source
	Fact string `json:"fact,omitempty"` // the fact's label, "dismissed: A → B"; "" for a mention of the entity itself
}

// SourcesResult is the answer of Sources: the sentences behind an entity
// or a fact.
type SourcesResult struct {
	Entity  *Ref       `json:"entity,omitempty"`
	Facts   []Fact     `json:"facts,omitempty"` // when the question named a fact
	Sources []Evidence `json:"sources"`
}

const factByXIDQuery = `query fact($xid: string) {
	f(func: eq(xid, $xid)) @filter(type(Fact)) { ` + factFields + ` }
}`

const entitySourcesQuery = `query sources($id: string) {
	e(func: uid($id)) {
		mentions: ~mention_of { xid sentence sentence_index surface span_start span_end
			article { xid name source published url file } }
		out: ~agent { ` + factFields + ` }
		in: ~patient { ` + factFields + ` }
	}
}`

const articleTextQuery = `query text($id: string) { a(func: eq(xid, $id)) { text } }`

// Sources returns the sentences behind ref: a fact xid ("fact:…"), or an
// entity name — then every sentence that names the entity and every
// sentence behind a fact it takes part in.
func (c *Client) Sources(ctx context.Context, ref string) (*SourcesResult, error) {
	ref = strings.TrimSpace(ref)
	if strings.HasPrefix(ref, "fact:") {
		var raw struct {
			F []rawFact `json:"f"`
		}
		if err := c.run(ctx, factByXIDQuery, map[string]string{"$xid": ref}, &raw); err != nil {
			return nil, err
		}
		if len(raw.F) == 0 {
			return nil, newsgraph.Errorf(newsgraph.ENOTFOUND, "no fact with xid %q", ref)
		}
		return factSources([]Fact{raw.F[0].fact()}), nil
	}
	ent, err := c.Resolve(ctx, ref)
	if err != nil {
		return nil, err
	}
	var raw struct {
		E []struct {
			Mentions []struct {
				rawMention
				Start int `json:"span_start"`
				End   int `json:"span_end"`
			} `json:"mentions"`
			Out []rawFact `json:"out"`
			In  []rawFact `json:"in"`
		} `json:"e"`
	}
	if err := c.run(ctx, entitySourcesQuery, map[string]string{"$id": ent.UID}, &raw); err != nil {
		return nil, err
	}
	res := &SourcesResult{Entity: &ent, Sources: []Evidence{}}
	if len(raw.E) == 0 {
		return res, nil
	}
	e := raw.E[0]
	seen := map[string]bool{} // article + sentence index: one row per sentence
	var facts []Fact
	for _, rf := range append(e.Out, e.In...) {
		facts = append(facts, rf.fact())
	}
	sortFacts(facts)
	for _, f := range facts {
		for _, s := range f.Sources {
			res.Sources = append(res.Sources, Evidence{Source: s, Fact: factLabel(f)})
			seen[sentenceKey(s)] = true
		}
	}
	docs := map[string]*text.Document{}
	for _, m := range e.Mentions {
		s := m.source()
		if seen[sentenceKey(s)] {
			continue
		}
		seen[sentenceKey(s)] = true
		if s.Sentence == "" && s.Article != "" {
			// Entity mentions store their span, not their sentence: cut the
			// sentence out of the stored article text.
			s.Sentence = c.sentenceAt(ctx, docs, s.Article, m.Start, m.End)
		}
		res.Sources = append(res.Sources, Evidence{Source: s})
	}
	sortEvidence(res.Sources)
	return res, nil
}

// FactSources returns the sentences behind the facts of type typ from
// agent to patient (names as for Actor).
func (c *Client) FactSources(ctx context.Context, typ, agent, patient string) (*SourcesResult, error) {
	r, err := c.Relations(ctx, typ, agent, patient)
	if err != nil {
		return nil, err
	}
	if len(r.Facts) == 0 {
		return nil, newsgraph.Errorf(newsgraph.ENOTFOUND, "no %s fact from %s to %s", typ, r.From, r.To)
	}
	return factSources(r.Facts), nil
}

func factSources(facts []Fact) *SourcesResult {
	res := &SourcesResult{Facts: facts, Sources: []Evidence{}}
	for _, f := range facts {
		for _, s := range f.Sources {
			res.Sources = append(res.Sources, Evidence{Source: s, Fact: factLabel(f)})
		}
	}
	sortEvidence(res.Sources)
	return res
}

func factLabel(f Fact) string {
	agent := "?"
	if f.Agent != nil {
		agent = f.Agent.Name
	}
	patient := "?"
	if f.Patient != nil {
		patient = f.Patient.Name
	}
	return f.Relation + ": " + agent + " → " + patient
}

func sentenceKey(s Source) string {
	return s.Article + "#" + strconv.Itoa(s.Index)
}

// sortEvidence orders rows by publication, article and sentence.
func sortEvidence(ev []Evidence) {
	sort.SliceStable(ev, func(i, j int) bool {
		a, b := ev[i].Source, ev[j].Source
		if a.Published != b.Published {
			return a.Published < b.Published
		}
		if a.Article != b.Article {
			return a.Article < b.Article
		}
		return a.Index < b.Index
	})
}

// sentenceAt returns the sentence of article xid that contains the byte
// span [start, end), or "" when the text is not stored or the span does not fit.
func (c *Client) sentenceAt(ctx context.Context, docs map[string]*text.Document, xid string, start, end int) string {
	doc, ok := docs[xid]
	if !ok {
		var raw struct {
			A []struct {
				Text string `json:"text"`
			} `json:"a"`
		}
		if err := c.run(ctx, articleTextQuery, map[string]string{"$id": xid}, &raw); err == nil && len(raw.A) > 0 {
			doc = text.Segment(newsgraph.Article{Text: raw.A[0].Text})
		}
		docs[xid] = doc
	}
	if doc == nil || end <= start {
		return ""
	}
	for _, s := range doc.Sentences {
		if s.Start <= start && end <= s.End {
			return s.Text
		}
	}
	return ""
}
