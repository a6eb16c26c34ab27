package query_test

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"regexp"
	"strings"
	"sync"
	"testing"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/internal/dgraphtest"
	"github.com/newsgraph/newsgraph/query"
)

func TestMain(m *testing.M) { dgraphtest.Main(m) }

var (
	fixOnce sync.Once
	fix     *fixture
)

// shared saves the fixture once for all tests of this binary.
func shared(t *testing.T) (*fixture, *query.Client) {
	t.Helper()
	fixOnce.Do(func() { fix = newFixture(t) })
	if fix == nil {
		t.Fatal("fixture could not be saved (see the first test's error)")
	}
	return fix, query.New(fix.store)
}

func factsOf(p *query.Profile, rel string, dir query.Direction) []query.Fact {
	for _, g := range p.Relations {
		if g.Relation == rel && g.Direction == dir {
			return g.Facts
		}
	}
	return nil
}

func TestActor(t *testing.T) {
	f, c := shared(t)
	ctx := context.Background()
	for _, name := range []string{
		"tokajéw " + strings.ToLower(f.R), // case and accent
		"TOJAKOW " + strings.ToUpper(f.R), // a misspelt alias
		"  Kassym-Schomart   Tokajew " + f.R + " ",
		f.keys["tok"], // the xid
		// spelling variants no alias has: English transliteration, a
		// phonetic look-alike, with a given name
		"tokayev " + f.R,
		"Tokajev " + f.R,
		"Qassim Tokayev " + f.R,
	} {
		t.Run(name, func(t *testing.T) {
			p, err := c.Actor(ctx, name)
			if err != nil {
				t.Fatal(err)
			}
			if p.Name != f.names["tok"] || p.Type != "Person" || p.XID != f.keys["tok"] {
				t.Fatalf("got %s %s %s", p.Name, p.Type, p.XID)
			}
			if !contains(p.Aliases, "Tojakow "+f.R) {
				t.Errorf("aliases %v lack Tojakow", p.Aliases)
			}
			if len(p.Roles) != 1 || p.Roles[0].Role != "Präsident" || p.Roles[0].Of.Name != f.names["kaz"] {
				t.Errorf("roles %+v", p.Roles)
			}
			dis := factsOf(p, "dismissed", query.Out)
			if len(dis) != 2 {
				t.Fatalf("dismissed out: %+v", dis)
			}
			var mas query.Fact
			for _, d := range dis {
				if d.Patient.Name == f.names["mas"] {
					mas = d
				}
			}
			if len(mas.Sources) != 2 || mas.FirstDate() != "2022-01-08" {
				t.Errorf("dismissed Massimow: dates %v, %d sources (want 2: two articles report it)", mas.Dates, len(mas.Sources))
			}
			if in := factsOf(p, "mentor_of", query.In); len(in) != 1 || in[0].Agent.Name != f.names["nas"] {
				t.Errorf("mentor_of in: %+v", in)
			}
			if p.Articles != 3 {
				t.Errorf("articles %d, want 3", p.Articles)
			}
			// out groups come first, in vocabulary order
			if p.Relations[0].Direction != query.Out || p.Relations[len(p.Relations)-1].Direction != query.In {
				t.Errorf("group order: %+v", p.Relations)
			}
		})
	}
}

// A part of a name resolves when exactly one entity has all its words.
func TestActorByNamePart(t *testing.T) {
	f, c := shared(t)
	p, err := c.Actor(context.Background(), "nursultan "+strings.ToLower(f.R))
	if err != nil {
		t.Fatal(err)
	}
	if p.Name != f.names["nas"] {
		t.Errorf("got %s, want %s", p.Name, f.names["nas"])
	}
}

func TestActorErrors(t *testing.T) {
	f, c := shared(t)
	ctx := context.Background()
	tests := []struct {
		name, input, code, mention string
	}{
		// a prefix only suggests: it may begin many names
		{"unknown with suggestion", "Tokaj " + f.R, newsgraph.ENOTFOUND, "Tokajew " + f.R},
		{"unknown", "Niemand Bekanntes " + f.R, newsgraph.ENOTFOUND, "no entity named"},
		{"ambiguous", "abdymomunow " + f.R, newsgraph.EINVALID, f.names["abd2"]},
		{"empty", "  ", newsgraph.EINVALID, "empty name"},
		{"huge", strings.Repeat("Tokajew ", 1000), newsgraph.EINVALID, "too long"},
		// bytes that are no text are ignored, the rest is looked up
		{"binary", "\x00\xff\xfeNiemand " + f.R, newsgraph.ENOTFOUND, "no entity named"},
		// DQL syntax in a name is just a name: variables carry it.
		{"injection", `x") { uid } q(func: has(xid)) { uid`, newsgraph.ENOTFOUND, "no entity named"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := c.Actor(ctx, tt.input)
			if got := newsgraph.ErrorCode(err); got != tt.code {
				t.Fatalf("code %q (%v), want %q", got, err, tt.code)
			}
			if msg := newsgraph.ErrorMessage(err); !strings.Contains(msg, tt.mention) {
				t.Errorf("message %q lacks %q", msg, tt.mention)
			}
		})
	}
	_, err := c.Actor(ctx, "Abdymomunow "+f.R)
	var amb *query.AmbiguousError
	if !errors.As(err, &amb) || len(amb.Candidates) != 2 {
		t.Fatalf("want 2 candidates, got %v", err)
	}
}

func TestRelations(t *testing.T) {
	f, c := shared(t)
	ctx := context.Background()
	tests := []struct {
		name              string
		typ, from, to     string
		want              []string // "agent>patient" of each fact, in order
		wantCountsOfFirst []int
	}{
		{"type and from", "dismissed", "Tokajew " + f.R, "", []string{"tok>abd1", "tok>mas"}, nil},
		{"type and to", "dismissed", "", "massimow " + f.R, []string{"tok>mas"}, nil},
		{"all three", "sent_troops", "Russland " + f.R, "Kasachstan " + f.R, []string{"rus>kaz"}, []int{2500, 3000}},
		{"passive: no agent", "arrested", "", "Massimow " + f.R, []string{"?>mas"}, nil},
		{"from only", "", "Putin " + f.R, "", []string{"put>rus"}, nil},
		{"nothing matches", "warned", "Tokajew " + f.R, "", nil, nil},
	}
	short := map[string]string{"": "?"}
	for k, v := range f.names {
		short[v] = k
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, err := c.Relations(ctx, tt.typ, tt.from, tt.to)
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, fa := range r.Facts {
				a := "?"
				if fa.Agent != nil {
					a = short[fa.Agent.Name]
				}
				got = append(got, a+">"+short[fa.Patient.Name])
			}
			if strings.Join(got, ",") != strings.Join(tt.want, ",") {
				t.Fatalf("got %v, want %v", got, tt.want)
			}
			if tt.wantCountsOfFirst != nil && !equalInts(r.Facts[0].Counts, tt.wantCountsOfFirst) {
				t.Errorf("counts %v, want %v (conflicting figures side by side)", r.Facts[0].Counts, tt.wantCountsOfFirst)
			}
		})
	}
	if _, err := c.Relations(ctx, "befriended", "", ""); newsgraph.ErrorCode(err) != newsgraph.EINVALID {
		t.Errorf("unknown type: %v", err)
	}
	if _, err := c.Relations(ctx, "", "", ""); newsgraph.ErrorCode(err) != newsgraph.EINVALID {
		t.Errorf("no restriction: %v", err)
	}
}

func TestPath(t *testing.T) {
	f, c := shared(t)
	ctx := context.Background()
	p, err := c.Path(ctx, "Nasarbajew "+f.R, "Putin "+f.R)
	if err != nil {
		t.Fatal(err)
	}
	want := []string{f.names["nas"] + " mentor_of> " + f.names["tok"], f.names["tok"] + " thanked> " + f.names["put"]}
	if got := steps(p); strings.Join(got, "|") != strings.Join(want, "|") {
		t.Fatalf("path %v, want %v", got, want)
	}
	for _, s := range p.Steps {
		if len(s.Facts) != 1 || len(s.Facts[0].Sources) == 0 || s.Facts[0].Sources[0].Sentence == "" {
			t.Errorf("step %s lacks evidence: %+v", s.Relation, s.Facts)
		}
	}
	// The other way round walks the same edges against their direction.
	back, err := c.Path(ctx, "Putin "+f.R, "Nasarbajew "+f.R)
	if err != nil {
		t.Fatal(err)
	}
	if len(back.Steps) != 2 || back.Steps[0].Forward || back.Steps[0].Relation != "thanked" || len(back.Steps[0].Facts) != 1 {
		t.Errorf("reverse path %+v", back.Steps)
	}
	// Nurlan Abdymomunow takes part in no relation.
	_, err = c.Path(ctx, "Nurlan Abdymomunow "+f.R, "Putin "+f.R)
	if newsgraph.ErrorCode(err) != newsgraph.ENOTFOUND {
		t.Errorf("isolated node: %v", err)
	}
}

func steps(p *query.PathResult) []string {
	var out []string
	for _, s := range p.Steps {
		dir := ">"
		if !s.Forward {
			dir = "<"
		}
		out = append(out, s.From.Name+" "+s.Relation+dir+" "+s.To.Name)
	}
	return out
}

func TestTimeline(t *testing.T) {
	f, c := shared(t)
	ctx := context.Background()
	tests := []struct {
		name, actor, from, to string
		dated                 bool
		want                  []string // "date relation", in order
	}{
		{"dated only", "Tokajew " + f.R, "", "2022-01-31", true, []string{
			"2022-01-05 ordered", "2022-01-05 requested_help", "2022-01-08 dismissed", "2022-01-08 dismissed"}},
		{"actor, all", "Tokajew " + f.R, "", "", false, []string{
			"2022-01-05 ordered", "2022-01-05 requested_help", "2022-01-06 holds_office*",
			"2022-01-08 dismissed", "2022-01-08 dismissed", "2022-01-09 mentor_of*", "2022-01-09 thanked*"}},
		// undated facts count at their report date (marked *)
		{"actor, range", "Tokajew " + f.R, "2022-01-06", "2022-01-08", false, []string{"2022-01-06 holds_office*", "2022-01-08 dismissed", "2022-01-08 dismissed"}},
		// 2022-01 overlaps the range; 2022-01-06 (the other claim) does not
		{"month matches days", "Kasachstan " + f.R, "2022-01-07", "2022-01-31", false, []string{"2022-01 sent_troops"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, err := c.Timeline(ctx, query.TimelineQuery{Actor: tt.actor, From: tt.from, To: tt.to, DatedOnly: tt.dated})
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, e := range r.Entries {
				s := e.Date + " " + e.Fact.Relation
				if e.Reported {
					s += "*"
				}
				got = append(got, s)
			}
			if strings.Join(got, ",") != strings.Join(tt.want, ",") {
				t.Errorf("got  %v\nwant %v", got, tt.want)
			}
		})
	}
	if _, err := c.Timeline(ctx, query.TimelineQuery{From: "8.1.2022"}); newsgraph.ErrorCode(err) != newsgraph.EINVALID {
		t.Errorf("bad date: %v", err)
	}
	// Without an actor the fixture's facts are among all facts.
	all, err := c.Timeline(ctx, query.TimelineQuery{From: "2022-01-05", To: "2022-01-05"})
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, e := range all.Entries {
		if e.Fact.Agent != nil && e.Fact.Agent.Name == f.names["tok"] {
			n++
		}
	}
	if n != 2 {
		t.Errorf("facts of Tokajew on 2022-01-05 in the full timeline: %d, want 2", n)
	}
}

func TestSources(t *testing.T) {
	f, c := shared(t)
	ctx := context.Background()

	// a fact named by agent, relation, patient: two articles, two sentences
	r, err := c.FactSources(ctx, "dismissed", "Tokajew "+f.R, "Massimow "+f.R)
	if err != nil {
		t.Fatal(err)
	}
	if len(r.Sources) != 2 || !strings.Contains(r.Sources[0].Sentence, "setzte Tokajew") || !strings.Contains(r.Sources[1].Sentence, "schon am Wochenende") {
		t.Fatalf("sources %+v", r.Sources)
	}
	// the same fact by xid
	byXID, err := c.Sources(ctx, r.Facts[0].XID)
	if err != nil {
		t.Fatal(err)
	}
	if len(byXID.Sources) != 2 {
		t.Errorf("by xid: %+v", byXID.Sources)
	}
	if _, err := c.Sources(ctx, "fact:000000000000000000000000"); newsgraph.ErrorCode(err) != newsgraph.ENOTFOUND {
		t.Errorf("unknown fact: %v", err)
	}
	if _, err := c.FactSources(ctx, "arrested", "Putin "+f.R, "Massimow "+f.R); newsgraph.ErrorCode(err) != newsgraph.ENOTFOUND {
		t.Errorf("fact that does not exist: %v", err)
	}

	// an entity: the sentences of its facts, and the sentence that only names it
	ent, err := c.Sources(ctx, "Massimow "+f.R)
	if err != nil {
		t.Fatal(err)
	}
	var facts []string
	for _, s := range ent.Sources {
		facts = append(facts, s.Fact)
	}
	if len(ent.Sources) != 3 || !strings.Contains(strings.Join(facts, "|"), "arrested: ? → "+f.names["mas"]) {
		t.Errorf("Massimow's sources: %+v", ent.Sources)
	}
	only, err := c.Sources(ctx, "Nurlan Abdymomunow "+f.R)
	if err != nil {
		t.Fatal(err)
	}
	if len(only.Sources) != 1 || only.Sources[0].Sentence != "Ein Nurlan Abdymomunow "+f.R+" äußerte sich nicht." {
		t.Errorf("mention-only entity: %+v", only.Sources)
	}
}

// Every result prints as a table and as JSON that decodes again.
func TestWrite(t *testing.T) {
	f, c := shared(t)
	ctx := context.Background()
	profile, err := c.Actor(ctx, "Tokajew "+f.R)
	if err != nil {
		t.Fatal(err)
	}
	rels, err := c.Relations(ctx, "sent_troops", "", "Kasachstan "+f.R)
	if err != nil {
		t.Fatal(err)
	}
	path, err := c.Path(ctx, "Nasarbajew "+f.R, "Putin "+f.R)
	if err != nil {
		t.Fatal(err)
	}
	tl, err := c.Timeline(ctx, query.TimelineQuery{Actor: "Massimow " + f.R})
	if err != nil {
		t.Fatal(err)
	}
	src, err := c.Sources(ctx, "Massimow "+f.R)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name  string
		v     query.Tabler
		table []string // substrings, or regular expressions after "re:"
	}{
		{"actor", profile, []string{"Person", "Tojakow " + f.R, "Präsident (Kasachstan " + f.R + ")", `re:dismissed\s+→\s+Karim Massimow`, `re:mentor_of\s+←\s+Nursultan`, "testpost 2022-01-09, testblatt 2022-01-10"}},
		{"relations", rels, []string{"RELATION", "sent_troops", "2500, 3000", "2022-01, 2022-01-06"}},
		{"path", path, []string{"2 steps", "mentor_of →", "thanked →", "galt lange als Ziehvater"}},
		{"timeline", tl, []string{"2022-01-08", "arrested", "?"}},
		{"sources", src, []string{"sitzt inzwischen in Haft", "dismissed: " + f.names["tok"]}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var tab bytes.Buffer
			if err := query.Write(&tab, "table", tt.v); err != nil {
				t.Fatal(err)
			}
			for _, s := range tt.table {
				pattern, isRE := strings.CutPrefix(s, "re:") // a regular expression
				if !isRE {
					pattern = regexp.QuoteMeta(s)
				}
				if !regexp.MustCompile(pattern).MatchString(tab.String()) {
					t.Errorf("table lacks %q:\n%s", s, tab.String())
				}
			}
			var js bytes.Buffer
			if err := query.Write(&js, "json", tt.v); err != nil {
				t.Fatal(err)
			}
			var back map[string]any
			if err := json.Unmarshal(js.Bytes(), &back); err != nil || len(back) == 0 {
				t.Errorf("json does not decode: %v\n%s", err, js.String())
			}
		})
	}
	if err := query.Write(&bytes.Buffer{}, "yaml", profile); newsgraph.ErrorCode(err) != newsgraph.EINVALID {
		t.Errorf("unknown format: %v", err)
	}
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

func equalInts(a, b []int) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}
