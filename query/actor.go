package query

import (
	"context"
	"sort"
	"strings"
)

// Profile is everything the graph knows about one actor.
type Profile struct {
	Ref
	Aliases  []string `json:"aliases"`
	Roles    []Role   `json:"roles"`
	Mentions int      `json:"mentions"` // sentences that name the actor
	Articles int      `json:"articles"` // articles those sentences are in
	// Relations holds the actor's facts grouped by relation type, in the
	// order of the vocabulary: first what the actor did (Out), then what
	// was done to it (In).
	Relations []RelationGroup `json:"relations"`
	// MergedKeys are the other entity keys identified with this one.
	MergedKeys []string `json:"merged_keys"`
	// Merges say why the names are one entity: which spelling or key
	// joined it, by which rule and score, in which article.
	Merges []Merge `json:"merges"`
}

// Role is an office the actor holds or held (a holds_office fact).
type Role struct {
	Role   string `json:"role,omitempty"`
	Of     Ref    `json:"of"`
	Former bool   `json:"former,omitempty"`
	Since  string `json:"date,omitempty"`
}

// Direction says whether the actor is the agent (out) or the patient (in).
type Direction string

// Directions of a relation seen from an actor.
const (
	Out Direction = "out"
	In  Direction = "in"
)

// RelationGroup is the facts of one relation type and direction.
type RelationGroup struct {
	Relation  string    `json:"relation"`
	Direction Direction `json:"direction"`
	Facts     []Fact    `json:"facts"`
}

const actorQuery = `query actor($id: string) {
	a(func: uid($id)) {
		uid xid name dgraph.type alias
		out: ~agent { ` + factFields + ` }
		in: ~patient { ` + factFields + ` }
		mentions: ~mention_of { article { xid } }
		` + mergeFields + `
	}
}`

// Actor returns the profile of the entity name refers to.
func (c *Client) Actor(ctx context.Context, name string) (*Profile, error) {
	ref, err := c.Resolve(ctx, name)
	if err != nil {
		return nil, err
	}
	var res struct {
		A []struct {
			rawRef
			Alias    []string     `json:"alias"`
			Out      []rawFact    `json:"out"`
			In       []rawFact    `json:"in"`
			Mentions []rawMention `json:"mentions"`
			Merged   []string     `json:"merged_key"`
			MergeLog []string     `json:"merge_log"`
			Reports  []rawReport  `json:"reports"`
		} `json:"a"`
	}
	if err := c.run(ctx, actorQuery, map[string]string{"$id": ref.UID}, &res); err != nil {
		return nil, err
	}
	if len(res.A) == 0 {
		return nil, c.notFound(ctx, name)
	}
	a := res.A[0]
	p := &Profile{Ref: *a.ref(), Aliases: a.Alias, Roles: []Role{}, Relations: []RelationGroup{},
		MergedKeys: append([]string{}, a.Merged...), Merges: merges(a.MergeLog, a.Reports)}
	if p.Merges == nil {
		p.Merges = []Merge{}
	}
	sort.Strings(p.Aliases)
	sort.Strings(p.MergedKeys)

	articles := map[string]bool{}
	for _, m := range a.Mentions {
		p.Mentions++
		if m.Article != nil {
			articles[m.Article.XID] = true
		}
	}
	groups := map[string]*RelationGroup{}
	add := func(dir Direction, raw []rawFact) {
		for _, rf := range raw {
			f := rf.fact()
			for _, s := range f.Sources {
				articles[s.Article] = true
			}
			key := string(dir) + "/" + f.Relation
			g := groups[key]
			if g == nil {
				g = &RelationGroup{Relation: f.Relation, Direction: dir}
				groups[key] = g
			}
			g.Facts = append(g.Facts, f)
			if dir == Out && f.Relation == "holds_office" && f.Patient != nil {
				p.Roles = append(p.Roles, roles(f)...)
			}
		}
	}
	add(Out, a.Out)
	add(In, a.In)
	p.Articles = len(articles)
	for _, g := range groups {
		sortFacts(g.Facts)
		p.Relations = append(p.Relations, *g)
	}
	order := relationOrder()
	sort.Slice(p.Relations, func(i, j int) bool {
		a, b := p.Relations[i], p.Relations[j]
		if a.Direction != b.Direction {
			return a.Direction == Out
		}
		return order[a.Relation] < order[b.Relation]
	})
	sort.SliceStable(p.Roles, func(i, j int) bool {
		if p.Roles[i].Former != p.Roles[j].Former {
			return !p.Roles[i].Former
		}
		return p.Roles[i].Of.Name < p.Roles[j].Of.Name
	})
	return p, nil
}

// roles reads the offices out of a holds_office fact: one per role its
// sources claim, or one without a title.
func roles(f Fact) []Role {
	seen := map[string]bool{}
	var out []Role
	for _, s := range f.Sources {
		key := strings.ToLower(s.Role)
		if s.Role == "" || seen[key] {
			continue
		}
		seen[key] = true
		out = append(out, Role{Role: s.Role, Of: *f.Patient, Former: s.Former, Since: s.Date})
	}
	for _, r := range f.Roles {
		if !seen[strings.ToLower(r)] {
			seen[strings.ToLower(r)] = true
			out = append(out, Role{Role: r, Of: *f.Patient})
		}
	}
	if len(out) == 0 {
		out = append(out, Role{Of: *f.Patient})
	}
	return out
}
