// Package dated reads plain-text articles whose first line starts with
// " date YYYY-MM[-DD]": the date, then possibly a picture caption ending
// in a credit ("Foto: …"), then the article in blank-line-separated
// paragraphs, possibly closing with an agency trailer such as "(afp/oz)".
package dated

import (
	"regexp"
	"strings"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/loaders"
	"github.com/newsgraph/newsgraph/loaders/internal/textkit"
)

// Format is the dated reader's registration.
var Format = loaders.Format{
	Name:        "dated",
	Description: `plain text opening with " date YYYY-MM[-DD]", optional photo caption, agency trailer`,
	Extensions:  []string{".txt"},
	Sniff:       Sniff,
	Priority:    50,
	Read:        Read,
}

func init() { loaders.Register(Format) }

var dateRe = regexp.MustCompile(`^\s*date\s+(\d{4}(?:-\d{2}(?:-\d{2})?)?)(?:\s+|$)`)

// Sniff accepts text whose first line opens with "date" and an ISO date.
func Sniff(head []byte) bool {
	first, _, _ := strings.Cut(strings.TrimLeft(string(head), "\n"), "\n")
	return dateRe.MatchString(first)
}

// Read parses one dated article.
func Read(name string, data []byte) ([]newsgraph.Article, error) {
	s := strings.TrimLeft(string(data), "\n")
	m := dateRe.FindStringSubmatchIndex(s)
	if m == nil {
		return nil, loaders.Invalid(name, `not a dated article: the first line must start with " date YYYY-MM"`)
	}
	var a newsgraph.Article
	a.Date = textkit.ParseDate(s[m[2]:m[3]])
	if a.Date == "" {
		return nil, loaders.Invalid(name, "impossible date %q on the first line", s[m[2]:m[3]])
	}
	paras := textkit.Paragraphs(s[m[1]:])
	if len(paras) > 1 && textkit.IsCaption(paras[0]) {
		paras = paras[1:]
	}
	a.Source = "unknown"
	if src, rest := textkit.AttributeParagraphs(paras); src != "" {
		a.Source, paras = src, rest
	}
	a.Text = textkit.Join(paras)
	return []newsgraph.Article{a}, nil
}
