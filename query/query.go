// Package query answers the questions analysts ask of the graph: who is
// this actor (Actor), which relations of a kind (Relations), how are two
// actors connected (Path), what happened when (Timeline) and which
// sentences say so (Sources).
//
// Names are matched through name and alias, case- and accent-insensitively,
// via the folded predicates of the schema (graph.Fold); a name that is no
// name or alias is matched tolerantly (Search, ScoreName: words, spelling
// variants by the resolver's rules, prefixes, near spellings) through the
// term, skeleton, phonetic and trigram indexes. Actor also says why an
// entity is one node (Merges). User text reaches DQL only as query
// variables; the query texts are constants or are assembled from constant
// fragments.
package query

import (
	"context"
	"encoding/json"
	"fmt"
	"slices"
	"sort"
	"strings"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/graph"
)

// Querier runs a read-only DQL query with variables. *graph.Store
// satisfies it.
type Querier interface {
	Query(ctx context.Context, q string, vars map[string]string) ([]byte, error)
}

// Client runs the ready-made queries against one graph.
type Client struct {
	q Querier
	// MaxDepth bounds the length of a path Path looks for.
	MaxDepth int
}

// New returns a Client reading through q.
func New(q Querier) *Client { return &Client{q: q, MaxDepth: 6} }

// Ref names one node.
type Ref struct {
	UID  string `json:"uid,omitempty"`
	XID  string `json:"xid"`
	Name string `json:"name"`
	Type string `json:"type,omitempty"`
}

func (r Ref) String() string {
	if r.Type != "" {
		return fmt.Sprintf("%s (%s)", r.Name, r.Type)
	}
	return r.Name
}

// Source is one sentence of one article that supports a fact or mentions
// an entity, with the claim it makes.
type Source struct {
	Article   string `json:"article"` // article xid
	Title     string `json:"title,omitempty"`
	Outlet    string `json:"outlet,omitempty"`
	Published string `json:"published,omitempty"`
	Location  string `json:"location,omitempty"` // URL or file
	Sentence  string `json:"sentence,omitempty"`
	Index     int    `json:"sentence_index"`
	Surface   string `json:"surface,omitempty"` // for an entity mention: the words used
	Date      string `json:"date,omitempty"`
	Count     int    `json:"count,omitempty"`
	Role      string `json:"role,omitempty"`
	Former    bool   `json:"former,omitempty"`
}

// Fact is one relation instance with all its sources.
type Fact struct {
	XID      string   `json:"xid"`
	Relation string   `json:"relation"`
	Agent    *Ref     `json:"agent,omitempty"` // nil when the text names no agent
	Patient  *Ref     `json:"patient,omitempty"`
	Place    *Ref     `json:"place,omitempty"`
	Cameo    string   `json:"cameo,omitempty"`
	Dates    []string `json:"dates,omitempty"`
	Counts   []int    `json:"counts,omitempty"`
	Roles    []string `json:"roles,omitempty"`
	Sources  []Source `json:"sources"`
}

// FirstDate is the earliest date the sources claim for the fact, "" if none.
func (f *Fact) FirstDate() string {
	if len(f.Dates) == 0 {
		return ""
	}
	return slices.Min(f.Dates)
}

// ReportedDate is the earliest publication date of the fact's articles.
func (f *Fact) ReportedDate() string {
	d := ""
	for _, s := range f.Sources {
		if s.Published != "" && (d == "" || s.Published < d) {
			d = s.Published
		}
	}
	return d
}

// entityTypes is the DQL filter that keeps entity nodes (not articles,
// mentions or facts).
const entityTypes = `type(Person) OR type(Organization) OR type(State) OR type(Place) OR type(Event)`

// factFields selects a Fact with its ends and sources; shared by every
// query that returns facts.
const factFields = `uid xid relation cameo dates counts roles
	agent { uid xid name dgraph.type }
	patient { uid xid name dgraph.type }
	place { uid xid name dgraph.type }
	sources: ~mention_of { xid sentence sentence_index date count role former
		article { xid name source published url file } }`

// rawRef, rawFact and rawMention mirror the JSON of factFields.
type rawRef struct {
	UID   string   `json:"uid"`
	XID   string   `json:"xid"`
	Name  string   `json:"name"`
	Types []string `json:"dgraph.type"`
}

func (r *rawRef) ref() *Ref {
	if r == nil {
		return nil
	}
	out := &Ref{UID: r.UID, XID: r.XID, Name: r.Name}
	for _, t := range r.Types {
		out.Type = t
		break
	}
	return out
}

type rawArticle struct {
	XID       string `json:"xid"`
	Name      string `json:"name"`
	Source    string `json:"source"`
	Published string `json:"published"`
	URL       string `json:"url"`
	File      string `json:"file"`
}

type rawMention struct {
	XID      string      `json:"xid"`
	Sentence string      `json:"sentence"`
	Index    int         `json:"sentence_index"`
	Surface  string      `json:"surface"`
	Date     string      `json:"date"`
	Count    int         `json:"count"`
	Role     string      `json:"role"`
	Former   bool        `json:"former"`
	Article  *rawArticle `json:"article"`
}

func (m rawMention) source() Source {
	s := Source{Sentence: m.Sentence, Index: m.Index, Surface: m.Surface, Date: m.Date, Count: m.Count, Role: m.Role, Former: m.Former}
	if m.Article != nil {
		a := m.Article
		s.Article, s.Title, s.Outlet, s.Published = a.XID, a.Name, a.Source, a.Published
		s.Location = a.URL
		if s.Location == "" {
			s.Location = a.File
		}
	}
	return s
}

type rawFact struct {
	UID      string       `json:"uid"`
	XID      string       `json:"xid"`
	Relation string       `json:"relation"`
	Cameo    string       `json:"cameo"`
	Dates    []string     `json:"dates"`
	Counts   []int        `json:"counts"`
	Roles    []string     `json:"roles"`
	Sources  []rawMention `json:"sources"`
	Agent    *rawRef      `json:"agent"`
	Patient  *rawRef      `json:"patient"`
	Place    *rawRef      `json:"place"`
}

func (f rawFact) fact() Fact {
	out := Fact{
		XID: f.XID, Relation: f.Relation, Cameo: f.Cameo,
		Agent: f.Agent.ref(), Patient: f.Patient.ref(), Place: f.Place.ref(),
		Dates: f.Dates, Counts: f.Counts, Roles: f.Roles, Sources: []Source{},
	}
	sort.Strings(out.Dates)
	sort.Ints(out.Counts)
	sort.Strings(out.Roles)
	for _, m := range f.Sources {
		out.Sources = append(out.Sources, m.source())
	}
	sortSources(out.Sources)
	return out
}

func sortSources(s []Source) {
	sort.SliceStable(s, func(i, j int) bool {
		if s[i].Published != s[j].Published {
			return s[i].Published < s[j].Published
		}
		if s[i].Article != s[j].Article {
			return s[i].Article < s[j].Article
		}
		return s[i].Index < s[j].Index
	})
}

func sortFacts(facts []Fact) {
	sort.SliceStable(facts, func(i, j int) bool {
		a, b := facts[i], facts[j]
		if da, db := dateOf(&a), dateOf(&b); da != db {
			return da < db
		}
		return factLess(a, b)
	})
}

// factLess orders facts of one date by relation, agent and patient name.
func factLess(a, b Fact) bool {
	if a.Relation != b.Relation {
		return a.Relation < b.Relation
	}
	if x, y := refName(a.Agent), refName(b.Agent); x != y {
		return x < y
	}
	if x, y := refName(a.Patient), refName(b.Patient); x != y {
		return x < y
	}
	return a.XID < b.XID
}

// dateOf orders facts: the claimed date, else the report date.
func dateOf(f *Fact) string {
	if d := f.FirstDate(); d != "" {
		return d
	}
	return f.ReportedDate()
}

// run executes q and decodes its JSON into out.
func (c *Client) run(ctx context.Context, q string, vars map[string]string, out any) error {
	data, err := c.q.Query(ctx, q, vars)
	if err != nil {
		if strings.Contains(err.Error(), "is not indexed") {
			// A graph loaded by an older version lacks an index a query
			// of this one uses.
			return newsgraph.Wrap(newsgraph.EINVALID, err, "the graph's schema is older than this newsgraph: run `newsgraph schema apply`")
		}
		return err
	}
	if err := json.Unmarshal(data, out); err != nil {
		return newsgraph.Wrap(newsgraph.EINTERNAL, err, "decoding query result")
	}
	return nil
}

// Fold is the folding applied to names before look-up (graph.Fold).
func Fold(s string) string { return graph.Fold(s) }

// Candidate is one node a name may mean, and how the name matched it.
type Candidate struct {
	Ref
	Aliases []string `json:"aliases,omitempty"`
	ByName  bool     `json:"by_name"` // the name (not only an alias) matched
	// Match says how: MatchXID, MatchName, MatchAlias (exact, case and
	// accents aside), MatchWords, MatchSpelling, MatchPrefix, MatchFuzzy.
	Match   string  `json:"match"`
	Matched string  `json:"matched,omitempty"` // the alias that matched, for a tolerant match
	Score   float64 `json:"score"`             // 1 for an exact match
}

// resolveQuery finds entities by folded name or alias, or by xid.
const resolveQuery = `query resolve($folded: string, $raw: string) {
	byAlias(func: eq(alias_folded, $folded)) @filter(` + entityTypes + `) {
		uid xid name name_folded dgraph.type alias
	}
	byName(func: eq(name_folded, $folded)) @filter(` + entityTypes + `) {
		uid xid name name_folded dgraph.type alias
	}
	byXID(func: eq(xid, $raw)) @filter(` + entityTypes + `) {
		uid xid name name_folded dgraph.type alias
	}
}`

// suggestQuery finds names close to an unknown one, for the error message.
const suggestQuery = `query suggest($folded: string) {
	s(func: match(alias_folded, $folded, 3), first: 8) @filter(` + entityTypes + `) {
		uid xid name dgraph.type
	}
}`

type rawCandidate struct {
	rawRef
	NameFolded string   `json:"name_folded"`
	Alias      []string `json:"alias"`
}

// Resolve finds the one entity a user's name (or xid) refers to: the
// entity whose name, alias or xid is the input (case and accents aside; a
// match of the canonical name wins over matches of aliases only), else the
// one entity the input matches best by words or as a spelling variant
// (ScoreName: "tokayev" and "Tojakow" find Tokajew). No match is an
// ENOTFOUND error that suggests near names (prefixes, near spellings);
// several equally good matches are an EINVALID error that lists them.
func (c *Client) Resolve(ctx context.Context, name string) (Ref, error) {
	if err := checkName(name); err != nil {
		return Ref{}, err
	}
	exact, err := c.exact(ctx, name)
	if err != nil {
		return Ref{}, err
	}
	switch len(exact) {
	case 0:
	case 1:
		return exact[0].Ref, nil
	default:
		var byName []Candidate
		for _, cd := range exact {
			if cd.ByName {
				byName = append(byName, cd)
			}
		}
		if len(byName) == 1 {
			return byName[0].Ref, nil
		}
		return Ref{}, &AmbiguousError{Name: name, Candidates: exact}
	}
	more, err := c.tolerant(ctx, name)
	if err != nil {
		return Ref{}, err
	}
	var sure []Candidate
	for _, cd := range more {
		if resolves(cd.Match) {
			sure = append(sure, cd)
		}
	}
	switch {
	case len(sure) == 1, len(sure) > 1 && sure[0].Score > sure[1].Score:
		return sure[0].Ref, nil
	case len(sure) > 1:
		var best []Candidate
		for _, cd := range sure {
			if cd.Score == sure[0].Score {
				best = append(best, cd)
			}
		}
		return Ref{}, &AmbiguousError{Name: name, Candidates: best}
	}
	return Ref{}, c.notFoundSuggesting(ctx, name, more)
}

// MaxNameLen bounds the names a look-up accepts; no entity name is longer.
const MaxNameLen = 1000

// Candidates lists the entities a name stands for, as Resolve chooses
// among them: those whose xid, name or alias it is (case and accents
// aside), else those it matches by words or as a spelling variant, best
// first.
func (c *Client) Candidates(ctx context.Context, name string) ([]Candidate, error) {
	if err := checkName(name); err != nil {
		return nil, err
	}
	exact, err := c.exact(ctx, name)
	if err != nil || len(exact) > 0 {
		return exact, err
	}
	more, err := c.tolerant(ctx, name)
	if err != nil {
		return nil, err
	}
	var out []Candidate
	for _, cd := range more {
		if resolves(cd.Match) {
			out = append(out, cd)
		}
	}
	return out, nil
}

// exact lists the entities whose xid, name or alias the input is, case
// and accents aside.
func (c *Client) exact(ctx context.Context, name string) ([]Candidate, error) {
	if err := checkName(name); err != nil {
		return nil, err
	}
	folded := Fold(name)
	var res struct {
		ByAlias []rawCandidate `json:"byAlias"`
		ByName  []rawCandidate `json:"byName"`
		ByXID   []rawCandidate `json:"byXID"`
	}
	if err := c.run(ctx, resolveQuery, map[string]string{"$folded": folded, "$raw": strings.TrimSpace(name)}, &res); err != nil {
		return nil, err
	}
	seen := map[string]int{}
	var out []Candidate
	add := func(list []rawCandidate, kind string) {
		for _, r := range list {
			i, ok := seen[r.UID]
			if !ok {
				i = len(out)
				seen[r.UID] = i
				al := append([]string(nil), r.Alias...)
				sort.Strings(al)
				out = append(out, Candidate{Ref: *r.ref(), Aliases: al, Match: kind, Score: 1})
			}
			if kind != MatchAlias || r.NameFolded == folded {
				out[i].ByName = true
			}
		}
	}
	add(res.ByXID, MatchXID)
	add(res.ByName, MatchName)
	add(res.ByAlias, MatchAlias)
	sort.SliceStable(out, func(i, j int) bool { return out[i].XID < out[j].XID })
	return out, nil
}

func (c *Client) notFound(ctx context.Context, name string) error {
	return c.notFoundSuggesting(ctx, name, nil)
}

// notFoundSuggesting is the ENOTFOUND error for name, naming the
// candidates found (loose matches), else names a trigram search finds.
func (c *Client) notFoundSuggesting(ctx context.Context, name string, similar []Candidate) error {
	msg := fmt.Sprintf("no entity named %q (names and aliases are compared case- and accent-insensitively, and spelling variants are tried)", name)
	var names []string
	for i, cd := range similar {
		if i == 8 {
			break
		}
		names = append(names, cd.Ref.String())
	}
	if len(names) == 0 && len([]rune(Fold(name))) >= 3 { // match() needs a trigram
		var res struct {
			S []rawRef `json:"s"`
		}
		if err := c.run(ctx, suggestQuery, map[string]string{"$folded": Fold(name)}, &res); err == nil {
			for _, r := range res.S {
				names = append(names, r.ref().String())
			}
		}
	}
	if len(names) > 0 {
		msg += "; similar: " + strings.Join(names, ", ")
	}
	return newsgraph.Errorf(newsgraph.ENOTFOUND, "%s", msg)
}

// AmbiguousError says that a name fits several entities. Its code is
// EINVALID: the user has to say which one (by xid or a longer name).
type AmbiguousError struct {
	Name       string
	Candidates []Candidate
}

func (e *AmbiguousError) Error() string {
	var b strings.Builder
	fmt.Fprintf(&b, "%q is ambiguous; it names %d entities (give the xid or a fuller name):", e.Name, len(e.Candidates))
	for _, c := range e.Candidates {
		fmt.Fprintf(&b, "\n  %s  xid %s", c.Ref.String(), c.XID)
		if len(c.Aliases) > 0 {
			fmt.Fprintf(&b, "  aliases: %s", strings.Join(c.Aliases, ", "))
		}
	}
	return b.String()
}

// Unwrap makes the error an application error with code EINVALID.
func (e *AmbiguousError) Unwrap() error {
	return &newsgraph.Error{Code: newsgraph.EINVALID, Message: e.Error()}
}
