package graph

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"slices"
	"strings"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/schema"
)

// analysisHash identifies what extraction made of an article, independently
// of the order it listed things in.
func (p *plan) analysisHash() string {
	var lines []string
	for _, e := range p.entities {
		lines = append(lines, "e\x00"+e.xid+"\x00"+string(e.typ)+"\x00"+strings.Join(e.canonicals, "\x01")+"\x00"+strings.Join(e.aliases, "\x01"))
	}
	for _, f := range p.facts {
		lines = append(lines, fmt.Sprintf("f\x00%s\x00%s\x00%s\x00%v\x00%v\x00%v", f.xid, f.cameo, f.place, f.dates, f.counts, f.roles))
	}
	for _, m := range p.mentions {
		lines = append(lines, fmt.Sprintf("m\x00%s\x00%s\x00%s\x00%d\x00%d\x00%d\x00%s\x00%s\x00%g\x00%+v",
			m.xid, m.name, m.sentence, m.index, m.span.Start, m.span.End, m.surface, m.cue, m.confidence, m.attrs))
	}
	// The resolver's merges are stored (the Reports' merge_log): new
	// reasons make the article worth storing again.
	for into, ms := range p.merges {
		for _, m := range ms {
			lines = append(lines, "g\x00"+into+"\x00"+m)
		}
	}
	slices.Sort(lines)
	return hashID("analysis:", lines...)
}

// plan is an analysis turned into the nodes it writes, each with its xid,
// deduplicated, and checked. Building it needs no server.
type plan struct {
	article  newsgraph.Article
	origin   string
	entities []entityNode
	facts    []factNode
	mentions []mentionNode
	merges   map[string][]string // entity xid → the resolver's merges within the article
}

type entityNode struct {
	xid        string
	name       string
	typ        newsgraph.EntityType
	canonicals []string // the names the resolver gave it
	aliases    []string // sorted, unique, names included
}

type factNode struct {
	xid      string
	relation string
	cameo    string
	subject  string // entity xid; "" when the text names no agent
	object   string
	place    string
	first    newsgraph.Relation // the earliest report in this article: the edge's facets
	dates    []string
	counts   []int
	roles    []string
}

type mentionNode struct {
	xid        string
	name       string
	of         string // xid of the entity or fact it supports
	sentence   string
	index      int
	span       newsgraph.Span
	surface    string
	cue        string
	confidence float64
	attrs      newsgraph.Attrs
}

func hashID(prefix string, parts ...string) string {
	h := sha256.New()
	for _, p := range parts {
		h.Write([]byte(p))
		h.Write([]byte{0})
	}
	return prefix + hex.EncodeToString(h.Sum(nil)[:12])
}

// reportKey orders the reports of one fact: the earliest published article
// first (undated ones last), then by article xid and sentence. The direct
// edge carries the facets of the smallest, so they do not depend on the
// order articles are loaded in.
func reportKey(published, articleXID string, sentence int) string {
	if published == "" {
		published = "~"
	}
	return fmt.Sprintf("%s|%s|%08d", published, articleXID, sentence)
}

// FactXID is the xid of the relation instance (type, subject, object): the
// same fact from any number of articles is one Fact node. The date is not
// part of it, so dates of different precision from different sources are
// claims on one fact (kept side by side), not separate facts.
func FactXID(relation, subject, object string) string {
	return hashID("fact:", relation, subject, object)
}

// MentionXID is the xid of the evidence that article gives for node (an
// entity or fact xid) in one sentence.
func MentionXID(article, node string, sentence int) string {
	return hashID("mention:", article, node, fmt.Sprint(sentence))
}

// Origin says which stored article a new version of a replaces: its URL,
// else its source and file name; "" when neither is known.
func Origin(a newsgraph.Article) string {
	switch {
	case a.URL != "":
		return "url:" + a.URL
	case a.File != "":
		src := a.Source
		if src == "" {
			src = "unknown"
		}
		return "file:" + src + "/" + a.File
	}
	return ""
}

// entityFromKey recovers type and a display name from a key
// "person:kassym-schomart tokajew" for an entity that a relation names but
// the analysis does not list.
func entityFromKey(key string) (entityNode, error) {
	prefix, canon, ok := strings.Cut(key, ":")
	if ok && canon != "" {
		for _, t := range newsgraph.EntityTypes {
			if strings.ToLower(string(t)) == prefix {
				return entityNode{xid: key, name: canon, typ: t, aliases: []string{canon}}, nil
			}
		}
	}
	return entityNode{}, newsgraph.Errorf(newsgraph.EINVALID, "relation names unknown entity %q", key)
}

func newPlan(a newsgraph.Analysis) (*plan, error) {
	p := &plan{article: a.Article, origin: Origin(a.Article)}
	if p.article.XID == "" {
		if strings.TrimSpace(p.article.Text) == "" {
			return nil, newsgraph.Errorf(newsgraph.EINVALID, "article %q has no text", p.article.File)
		}
		p.article.XID = newsgraph.ArticleXID(p.article.Text)
	}
	axid := p.article.XID

	byKey := map[string]int{}
	seenMention := map[string]bool{}
	addMention := func(m mentionNode) {
		if !seenMention[m.xid] {
			seenMention[m.xid] = true
			p.mentions = append(p.mentions, m)
		}
	}
	for _, e := range a.Entities {
		if e.Key == "" || strings.TrimSpace(e.Name) == "" {
			return nil, newsgraph.Errorf(newsgraph.EINVALID, "entity without key or name (%q, %q)", e.Key, e.Name)
		}
		if !slices.Contains(newsgraph.EntityTypes, e.Type) {
			return nil, newsgraph.Errorf(newsgraph.EINVALID, "entity %q has unknown type %q", e.Key, e.Type)
		}
		i, ok := byKey[e.Key]
		if !ok {
			i = len(p.entities)
			byKey[e.Key] = i
			p.entities = append(p.entities, entityNode{xid: e.Key, name: e.Name, typ: e.Type})
		}
		en := &p.entities[i]
		en.canonicals = append(en.canonicals, e.Name)
		en.aliases = append(en.aliases, e.Name)
		en.aliases = append(en.aliases, e.Aliases...)
		for _, m := range e.Mentions {
			addMention(mentionNode{
				xid: MentionXID(axid, e.Key, m.Sentence), name: m.Text, of: e.Key,
				index: m.Sentence, span: m.Span, surface: m.Text, cue: m.Cue,
			})
		}
	}
	entity := func(key string) error {
		if _, ok := byKey[key]; ok {
			return nil
		}
		en, err := entityFromKey(key)
		if err != nil {
			return err
		}
		byKey[key] = len(p.entities)
		p.entities = append(p.entities, en)
		return nil
	}

	byFact := map[string]int{}
	for _, r := range a.Relations {
		if !schema.IsRelation(r.Type) {
			return nil, newsgraph.Errorf(newsgraph.EINVALID, "unknown relation type %q", r.Type)
		}
		if r.Object == "" {
			return nil, newsgraph.Errorf(newsgraph.EINVALID, "%s relation without object", r.Type)
		}
		for _, k := range []string{r.Subject, r.Object, r.Attrs.Place} {
			if k != "" {
				if err := entity(k); err != nil {
					return nil, err
				}
			}
		}
		fx := FactXID(r.Type, r.Subject, r.Object)
		i, ok := byFact[fx]
		if !ok {
			i = len(p.facts)
			byFact[fx] = i
			p.facts = append(p.facts, factNode{xid: fx, relation: r.Type, subject: r.Subject, object: r.Object, first: r})
		}
		f := &p.facts[i]
		if r.Evidence.Index < f.first.Evidence.Index {
			f.first = r
		}
		if f.cameo == "" {
			f.cameo = r.Cameo
		}
		if f.place == "" {
			f.place = r.Attrs.Place
		}
		if r.Attrs.Date != "" {
			f.dates = append(f.dates, r.Attrs.Date)
		}
		if r.Attrs.Count > 0 {
			f.counts = append(f.counts, r.Attrs.Count)
		}
		if r.Attrs.Role != "" {
			f.roles = append(f.roles, r.Attrs.Role)
		}
		ev := r.Evidence
		addMention(mentionNode{
			xid: MentionXID(axid, fx, ev.Index), name: fmt.Sprintf("%s · s%d", r.Type, ev.Index), of: fx,
			sentence: ev.Sentence, index: ev.Index, span: ev.Span, cue: ev.Cue, confidence: ev.Confidence, attrs: r.Attrs,
		})
	}
	for i := range p.entities {
		en := &p.entities[i]
		en.canonicals = uniqueSorted(append(en.canonicals, en.name))
		en.aliases = uniqueSorted(append(en.aliases, en.canonicals...))
		en.name = chooseName(en.canonicals, en.aliases)
	}
	p.merges = map[string][]string{}
	for _, m := range a.Merges {
		if _, ok := byKey[m.Into]; ok && strings.TrimSpace(m.Form) != "" {
			p.merges[m.Into] = append(p.merges[m.Into], inArticleLine(m))
		}
	}
	for k, ms := range p.merges {
		p.merges[k] = uniqueSorted(ms)
	}
	for i := range p.facts {
		f := &p.facts[i]
		f.dates = uniqueSorted(f.dates)
		f.roles = uniqueSorted(f.roles)
		slices.Sort(f.counts)
		f.counts = slices.Compact(f.counts)
	}
	return p, nil
}

func uniqueSorted(ss []string) []string {
	out := make([]string, 0, len(ss))
	for _, s := range ss {
		if s = strings.TrimSpace(s); s != "" {
			out = append(out, s)
		}
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// nameOf returns the display name of the plan's entity with that xid.
func (p *plan) nameOf(xid string) string {
	for _, e := range p.entities {
		if e.xid == xid {
			return e.name
		}
	}
	return ""
}

// articleName labels an article node: title, else file, else xid.
func articleName(a newsgraph.Article) string {
	switch {
	case a.Title != "":
		return a.Title
	case a.File != "":
		return a.File
	}
	return a.XID
}
