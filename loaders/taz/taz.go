// Package taz reads taz.de pages rendered as a two-column pipe table: a
// "| # taz.de -- Title | |" row, "| > lead |" rows, the body hard-wrapped
// into cells, a "Bild:" caption row, the date, and LINKS/AUTOREN/TAGS
// sections at the end.
package taz

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/loaders"
	"github.com/newsgraph/newsgraph/loaders/internal/textkit"
)

// Format is the taz reader's registration.
var Format = loaders.Format{
	Name:        "taz",
	Description: "taz.de page as a pipe table (| # taz.de -- Title | |, | > lead |, ## AUTOREN)",
	Extensions:  []string{".txt"},
	Sniff:       Sniff,
	Priority:    50,
	Read:        Read,
}

func init() { loaders.Register(Format) }

// cellRe takes the first column of a table row; rows end in " |" or " | |".
var cellRe = regexp.MustCompile(`^\|\s?(.*?)\s*\|(?:\s*\|)*\s*$`)

// cell returns a row's text; a line outside the table is taken as is.
func cell(line string) string {
	if m := cellRe.FindStringSubmatch(line); m != nil {
		return strings.TrimRightFunc(m[1], unicode.IsSpace)
	}
	return strings.TrimSpace(line)
}

// Sniff accepts a first row holding a level-one heading: "| # … |".
func Sniff(head []byte) bool {
	s := strings.TrimLeft(string(head), " \t\n")
	first, _, _ := strings.Cut(s, "\n")
	first = strings.TrimSpace(first)
	return strings.HasPrefix(first, "| # ") && strings.HasSuffix(first, "|")
}

var (
	linkRe     = regexp.MustCompile(`\[\d+\]\[([^\]]*)\]`)
	refRe      = regexp.MustCompile(`\[\d+\]`)
	headingRe  = regexp.MustCompile(`^(#{2,})\s+(.*)$`)
	linkLineRe = regexp.MustCompile(`^\[(\d+)\]\s+(\S+)`)
)

// Read parses one taz page.
func Read(name string, data []byte) ([]newsgraph.Article, error) {
	lines := strings.Split(string(data), "\n")
	cells := make([]string, 0, len(lines))
	for _, l := range lines {
		cells = append(cells, cell(l))
	}
	var a newsgraph.Article
	a.Source = "taz"
	i := 0
	for i < len(cells) && cells[i] == "" {
		i++
	}
	if i < len(cells) && strings.HasPrefix(cells[i], "# ") {
		t := strings.TrimSpace(strings.TrimPrefix(cells[i], "# "))
		if _, rest, ok := strings.Cut(t, " -- "); ok {
			t = rest // drop the "taz.de" site label
		}
		a.Title = t
		i++
	}
	var lead []string
	for ; i < len(cells) && strings.HasPrefix(cells[i], ">"); i++ {
		lead = append(lead, strings.TrimSpace(strings.TrimPrefix(cells[i], ">")))
	}

	// The body runs to the first section whose heading is all capitals.
	type block struct {
		heading string
		lines   []string
	}
	var blocks []block
	blocks = append(blocks, block{})
	for ; i < len(cells); i++ {
		c := cells[i]
		if m := headingRe.FindStringSubmatch(c); m != nil {
			if isSection(m[2]) {
				break
			}
			blocks = append(blocks, block{heading: strings.TrimSpace(m[2])})
			continue
		}
		if strings.HasPrefix(c, "Bild:") {
			continue // picture caption
		}
		blocks[len(blocks)-1].lines = append(blocks[len(blocks)-1].lines, c)
	}
	sections := readSections(cells[i:])
	a.Authors = sections["AUTOREN"]

	// The publication date is the body's last line, before the sections.
	last := &blocks[len(blocks)-1]
	for j := len(last.lines) - 1; j >= 0; j-- {
		if last.lines[j] == "" {
			continue
		}
		if d := textkit.ParseDate(last.lines[j]); d != "" {
			a.Date = d
			last.lines = last.lines[:j]
		}
		break
	}

	width := 0
	for _, b := range blocks {
		for _, l := range b.lines {
			width = max(width, utf8.RuneCountInString(l))
		}
	}
	leadWidth := 0
	for _, l := range lead {
		leadWidth = max(leadWidth, utf8.RuneCountInString(l))
	}
	var paras []string
	paras = append(paras, textkit.Reflow(lead, leadWidth)...)
	for _, b := range blocks {
		if b.heading != "" {
			paras = append(paras, b.heading)
		}
		paras = append(paras, textkit.Reflow(b.lines, width)...)
	}
	for k, p := range paras {
		p = linkRe.ReplaceAllString(p, "$1")
		paras[k] = refRe.ReplaceAllString(p, "")
	}
	a.Text = textkit.Join(paras)
	return []newsgraph.Article{a}, nil
}

// isSection tells the page's closing sections ("## LINKS", "## AUTOREN")
// from the body's sub-headings: they are written in capitals.
func isSection(h string) bool {
	hasLetter := false
	for _, r := range h {
		if unicode.IsLower(r) {
			return false
		}
		hasLetter = hasLetter || unicode.IsLetter(r)
	}
	return hasLetter
}

// readSections maps each closing section's heading to its non-empty lines;
// LINKS lines keep only their URL.
func readSections(cells []string) map[string][]string {
	out := map[string][]string{}
	cur := ""
	for _, c := range cells {
		if m := headingRe.FindStringSubmatch(c); m != nil {
			cur = strings.ToUpper(strings.TrimSpace(m[2]))
			continue
		}
		if c == "" || cur == "" {
			continue
		}
		if cur == "LINKS" {
			if m := linkLineRe.FindStringSubmatch(c); m != nil {
				c = m[2]
			}
		}
		out[cur] = append(out[cur], c)
	}
	return out
}
