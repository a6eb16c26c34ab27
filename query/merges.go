package query

import (
	"fmt"
	"io"
	"slices"
	"sort"
	"strings"

	"github.com/newsgraph/newsgraph/graph"
)

// Merge explains why names or keys are part of one entity: one decision
// of the resolver within an article, of the cross-article identity, or of
// a user (graph.MergeRecord), with the articles whose loading made it.
type Merge struct {
	graph.MergeRecord
	Articles []ArticleRef `json:"articles,omitempty"`
}

// ArticleRef names a stored article.
type ArticleRef struct {
	XID       string `json:"xid"`
	Title     string `json:"title,omitempty"`
	Outlet    string `json:"outlet,omitempty"`
	Published string `json:"published,omitempty"`
}

// Label is a short name for people: outlet and date, else title, else xid.
func (a ArticleRef) Label() string { return articleLabel(a.Outlet, a.Published, a.Title, a.XID) }

// articleLabel names an article in a table: "taz 2022-01-09"; an article
// whose outlet is not known goes by its title (or file name), so that two
// such articles of one day stay apart.
func articleLabel(outlet, published, title, xid string) string {
	if outlet == "unknown" {
		outlet = ""
	}
	if outlet == "" && title != "" {
		return strings.TrimSpace(title + " " + published)
	}
	if l := strings.TrimSpace(outlet + " " + published); l != "" {
		return l
	}
	return xid
}

// rawReport is a Report node with a merge log, as the actor query reads it.
type rawReport struct {
	MergeLog []string    `json:"merge_log"`
	In       *rawArticle `json:"reported_in"`
}

// mergeFields selects the entity's merge log and the merge logs of its
// Reports (one per article).
const mergeFields = `merged_key merge_log
		reports: ~report_of @filter(has(merge_log)) { merge_log reported_in { xid name source published } }`

// merges gathers the entity's own merge log (users' decisions) and its
// Reports' (the resolver's and the cross-article identity's, per article)
// into one list: one entry per decision, with every article that made it.
func merges(entityLog []string, reports []rawReport) []Merge {
	var out []Merge
	index := map[graph.MergeRecord]int{}
	add := func(line string, art *rawArticle) {
		r := graph.ParseMergeLog(line)
		key := r
		key.Line = "" // the same decision from two articles is one entry
		i, ok := index[key]
		if !ok {
			i = len(out)
			index[key] = i
			out = append(out, Merge{MergeRecord: r})
		}
		if art != nil && art.XID != "" && !slices.ContainsFunc(out[i].Articles, func(a ArticleRef) bool { return a.XID == art.XID }) {
			out[i].Articles = append(out[i].Articles, ArticleRef{XID: art.XID, Title: art.Name, Outlet: art.Source, Published: art.Published})
		}
	}
	for _, l := range entityLog {
		add(l, nil)
	}
	for _, rp := range reports {
		for _, l := range rp.MergeLog {
			add(l, rp.In)
		}
	}
	for i := range out {
		sort.Slice(out[i].Articles, func(a, b int) bool {
			x, y := out[i].Articles[a], out[i].Articles[b]
			if x.Published != y.Published {
				return x.Published < y.Published
			}
			return x.XID < y.XID
		})
	}
	order := map[string]int{graph.MergeAcrossArticles: 0, graph.MergeInArticle: 1, graph.MergeByUser: 2, graph.SplitByUser: 3, "": 4}
	sort.SliceStable(out, func(i, j int) bool {
		a, b := out[i], out[j]
		if order[a.Kind] != order[b.Kind] {
			return order[a.Kind] < order[b.Kind]
		}
		if a.Score != b.Score {
			return a.Score < b.Score // the weakest decisions first: those are worth checking
		}
		if a.Form != b.Form {
			return a.Form < b.Form
		}
		return a.Line < b.Line
	})
	return out
}

// kindLabel says in words who decided.
func kindLabel(kind string) string {
	switch kind {
	case graph.MergeInArticle:
		return "in article"
	case graph.MergeAcrossArticles:
		return "across articles"
	case graph.MergeByUser:
		return "user merge"
	case graph.SplitByUser:
		return "user split"
	}
	return "?"
}

// maxArticleLabels bounds the articles a merge table row names.
const maxArticleLabels = 3

// writeMerges prints the merge table of a profile.
func writeMerges(w io.Writer, ms []Merge) error {
	if len(ms) == 0 {
		_, err := fmt.Fprintln(w, "\nno merges: every name was this entity's from the start")
		return err
	}
	fmt.Fprintln(w)
	tw := newTab(w)
	fmt.Fprintln(tw, "MERGED\tFORM\tKEY\tRULE\tSCORE\tARTICLES")
	for _, m := range ms {
		form := m.Form
		if m.Matched != "" {
			form += " ~ " + m.Matched
		}
		score := "-"
		if m.Score > 0 {
			score = fmt.Sprintf("%.2f", m.Score)
		}
		// A common decision ("Tokajew: same name") is made by many
		// articles: the table names a few, the JSON all.
		var arts []string
		for i, a := range m.Articles {
			if i == maxArticleLabels && len(m.Articles) > maxArticleLabels+1 {
				arts = append(arts, fmt.Sprintf("and %d more", len(m.Articles)-i))
				break
			}
			arts = append(arts, a.Label())
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\n", kindLabel(m.Kind), orDash(clean(form)), orDash(m.Key),
			clean(m.Rule), score, orDash(clean(strings.Join(arts, ", "))))
	}
	return tw.Flush()
}
