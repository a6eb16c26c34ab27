package query

import (
	"context"
	"regexp"
	"sort"

	"github.com/newsgraph/newsgraph"
)

// Entry is one fact on a timeline, at the date its sources claim, or,
// when they claim none, at the date it was first reported (Reported).
type Entry struct {
	Date     string `json:"date"`
	Reported bool   `json:"reported,omitempty"`
	Fact     Fact   `json:"fact"`
}

// TimelineResult is the answer of Timeline.
type TimelineResult struct {
	Actor   *Ref    `json:"actor,omitempty"`
	From    string  `json:"from,omitempty"`
	To      string  `json:"to,omitempty"`
	Entries []Entry `json:"entries"`
}

// isoDate accepts the ISO 8601 prefixes the graph stores: 2022, 2022-01, 2022-01-08.
var isoDate = regexp.MustCompile(`^\d{4}(-\d{2}(-\d{2})?)?$`)

const actorFactsQuery = `query facts($id: string) {
	var(func: uid($id)) { F1 as ~agent F2 as ~patient }
	f(func: uid(F1, F2)) { ` + factFields + ` }
}`

const allFactsQuery = `{ f(func: has(relation)) { ` + factFields + ` } }`

// TimelineQuery selects the facts of a timeline.
type TimelineQuery struct {
	Actor    string // name, alias or xid; "" for every actor
	From, To string // ISO 8601 prefixes; "" leaves that end open
	// DatedOnly drops facts whose sources claim no date (by default they
	// appear at the date they were first reported).
	DatedOnly bool
}

// Timeline lists the facts involving q.Actor whose date overlaps
// [q.From, q.To], oldest first. Dates are ISO 8601 prefixes; "2022-01"
// overlaps "2022-01-08".
func (c *Client) Timeline(ctx context.Context, q TimelineQuery) (*TimelineResult, error) {
	actor, from, to := q.Actor, q.From, q.To
	for _, d := range []string{from, to} {
		if d != "" && !isoDate.MatchString(d) {
			return nil, newsgraph.Errorf(newsgraph.EINVALID, "date %q: use YYYY, YYYY-MM or YYYY-MM-DD", d)
		}
	}
	res := &TimelineResult{From: from, To: to, Entries: []Entry{}}
	var raw struct {
		F []rawFact `json:"f"`
	}
	if actor != "" {
		ref, err := c.Resolve(ctx, actor)
		if err != nil {
			return nil, err
		}
		res.Actor = &ref
		if err := c.run(ctx, actorFactsQuery, map[string]string{"$id": ref.UID}, &raw); err != nil {
			return nil, err
		}
	} else if err := c.run(ctx, allFactsQuery, nil, &raw); err != nil {
		return nil, err
	}
	for _, rf := range raw.F {
		f := rf.fact()
		e := Entry{Fact: f}
		dates := f.Dates
		if len(dates) == 0 && !q.DatedOnly {
			if r := f.ReportedDate(); r != "" {
				dates = []string{r}
				e.Reported = true
			}
		}
		for _, d := range dates {
			if InRange(d, from, to) && (e.Date == "" || d < e.Date) {
				e.Date = d
			}
		}
		if e.Date == "" && (from != "" || to != "" || len(dates) > 0 || q.DatedOnly) {
			continue // outside the range, or undated and a range or dates were asked for
		}
		res.Entries = append(res.Entries, e)
	}
	sortEntries(res.Entries)
	return res, nil
}

// InRange reports whether the date prefix d overlaps [from, to]: each
// comparison is made on the precision both sides have.
func InRange(d, from, to string) bool {
	if from != "" {
		k := min(len(d), len(from))
		if d[:k] < from[:k] {
			return false
		}
	}
	if to != "" {
		k := min(len(d), len(to))
		if d[:k] > to[:k] {
			return false
		}
	}
	return true
}

func sortEntries(es []Entry) {
	sort.SliceStable(es, func(i, j int) bool {
		a, b := es[i], es[j]
		if a.Date != b.Date {
			return a.Date < b.Date
		}
		return factLess(a.Fact, b.Fact)
	})
}
