// Package textkit holds the text clean-up shared by the format readers:
// paragraph splitting, re-flowing hard-wrapped lines, picture captions,
// agency attributions and dates. Its word lists are embedded data files.
package textkit

import (
	_ "embed"
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

var (
	//go:embed agencies.txt
	agenciesData string
	//go:embed months.txt
	monthsData string
	//go:embed credits.txt
	creditsData string

	agencies = parseTable(agenciesData)
	months   = parseTable(monthsData)
	credits  = parseList(creditsData)
)

// parseTable reads "key = value" lines; keys are lower-cased.
func parseTable(data string) map[string]string {
	m := map[string]string{}
	for _, line := range parseList(data) {
		k, v, ok := strings.Cut(line, "=")
		if !ok {
			panic(fmt.Sprintf("textkit: bad table line %q", line))
		}
		m[strings.ToLower(strings.TrimSpace(k))] = strings.TrimSpace(v)
	}
	return m
}

// parseList reads one entry per line, skipping blanks and # comments.
func parseList(data string) []string {
	var out []string
	for _, line := range strings.Split(data, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		out = append(out, line)
	}
	return out
}

// Paragraphs splits text at blank lines and joins each paragraph's lines
// with single spaces.
func Paragraphs(text string) []string {
	blocks := Blocks(text)
	out := make([]string, len(blocks))
	for i, b := range blocks {
		out[i] = b.Text
	}
	return out
}

// Block is a paragraph and the number of lines it was written on: only a
// paragraph of one line can be a headline.
type Block struct {
	Text  string
	Lines int
}

// Blocks is Paragraphs keeping each paragraph's line count.
func Blocks(text string) []Block {
	var out []Block
	var cur []string
	flush := func() {
		if len(cur) > 0 {
			out = append(out, Block{strings.Join(cur, " "), len(cur)})
			cur = cur[:0]
		}
	}
	for _, line := range strings.Split(text, "\n") {
		if line = strings.TrimSpace(line); line == "" {
			flush()
		} else {
			cur = append(cur, line)
		}
	}
	flush()
	return out
}

// Join returns paragraphs separated by blank lines, skipping empty ones.
func Join(paragraphs []string) string {
	var b strings.Builder
	for _, p := range paragraphs {
		p = strings.TrimSpace(p)
		if p == "" {
			continue
		}
		if b.Len() > 0 {
			b.WriteString("\n\n")
		}
		b.WriteString(p)
	}
	return b.String()
}

// conjunctions may follow a suspended compound ("Nord- und Südkorea"):
// after a line ending in such a hyphen the space is kept.
var conjunctions = map[string]bool{"und": true, "oder": true, "bis": true, "sowie": true, "wie": true, "noch": true, "als": true}

// Reflow joins lines that a renderer hard-wrapped at width runes into
// paragraphs. A line ends a paragraph when it ends a sentence and the next
// line's first word would still have fitted on it: the renderer would have
// put it there had the paragraph gone on. Renderers break at spaces or
// after hyphens but never hyphenate, so a line ending in a hyphen continues
// the word on the next line ("US-" + "Außenminister"), except before a
// conjunction ("Nord-" + "und Südkorea").
func Reflow(lines []string, width int) []string {
	var out []string
	var b strings.Builder
	for i, line := range lines {
		line = strings.TrimSpace(line)
		if line == "" {
			if b.Len() > 0 {
				out = append(out, b.String())
				b.Reset()
			}
			continue
		}
		if b.Len() > 0 {
			prev := b.String()
			if strings.HasSuffix(prev, "-") && endsInLetterHyphen(prev) && !conjunctions[firstWord(line)] {
				// continue the compound without a space
			} else {
				b.WriteByte(' ')
			}
		}
		b.WriteString(line)
		if i+1 < len(lines) {
			next := strings.TrimSpace(lines[i+1])
			if next != "" && EndsSentence(line) && utf8.RuneCountInString(line)+1+utf8.RuneCountInString(firstWord(next)) <= width {
				out = append(out, b.String())
				b.Reset()
			}
		}
	}
	if b.Len() > 0 {
		out = append(out, b.String())
	}
	return out
}

func endsInLetterHyphen(s string) bool {
	s = strings.TrimSuffix(s, "-")
	r, _ := utf8.DecodeLastRuneInString(s)
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

func firstWord(s string) string {
	if i := strings.IndexAny(s, " \t"); i >= 0 {
		return s[:i]
	}
	return s
}

// closers may trail a sentence's final punctuation.
const closers = "\"'“”„«»‘’‚›‹)]"

// EndsSentence reports whether s ends with sentence-final punctuation,
// possibly followed by closing quotes or brackets.
func EndsSentence(s string) bool {
	s = strings.TrimRight(strings.TrimSpace(s), closers)
	r, _ := utf8.DecodeLastRuneInString(s)
	return r == '.' || r == '!' || r == '?' || r == '…'
}

// LooksLikeTitle reports whether a paragraph reads as a headline: one
// short line that does not end like a sentence or a clause.
func LooksLikeTitle(p string) bool {
	p = strings.TrimSpace(p)
	if p == "" || strings.Contains(p, "\n") || utf8.RuneCountInString(p) > 160 {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(p)
	if r == '.' || r == ',' || r == ';' || r == ':' {
		return false
	}
	first, _ := utf8.DecodeRuneInString(p)
	return unicode.IsUpper(first) || unicode.IsDigit(first) || strings.ContainsRune(closers, first)
}

var creditRe = func() *regexp.Regexp {
	alts := make([]string, len(credits))
	for i, c := range credits {
		alts[i] = regexp.QuoteMeta(c)
	}
	// The credit is short, ends the paragraph and does not end like a
	// sentence ("Foto: A. Beispiel/AFP via Getty Images").
	return regexp.MustCompile(`(?:^|\s)(?:` + strings.Join(alts, "|") + `)\s*\S.{0,100}[^.!?:;,\s]$`)
}()

// IsCaption reports whether a paragraph is a picture caption: short, and
// ending in a credit such as "Foto: Name/Agentur".
func IsCaption(p string) bool {
	p = strings.TrimSpace(p)
	return p != "" && utf8.RuneCountInString(p) <= 400 && creditRe.MatchString(p)
}

var (
	// "(afp/oz)", "(dpa)", "(AFP, dpa)" closing an article.
	trailerRe = regexp.MustCompile(`\s*\(\s*([\p{L}-]+(?:\s*[/,;]\s*[\p{L}-]+)*)\s*\)\s*$`)
	// "Almaty (AFP) - " opening an article.
	datelineRe = regexp.MustCompile(`^\p{Lu}[\p{L}. -]{0,40}?\s*\(\s*([\p{L}-]+(?:\s*[/,;]\s*[\p{L}-]+)*)\s*\)\s*[-–—]\s*`)
	tokenSplit = regexp.MustCompile(`\s*[/,;]\s*`)
)

// Attribution finds a news agency credited for the whole text, in a
// trailer such as "(afp/oz)" or a dateline such as "Moskau (dpa) - ". It
// returns the agency's canonical name and the text without the trailer
// (datelines are kept: they carry the place). An agency merely mentioned
// in the text ("sagte ein AFP-Reporter") is no attribution.
func Attribution(text string) (source, rest string) {
	if m := trailerRe.FindStringSubmatchIndex(text); m != nil {
		if a := knownAgency(text[m[2]:m[3]]); a != "" {
			return a, strings.TrimRight(text[:m[0]], " \t\n")
		}
	}
	if m := datelineRe.FindStringSubmatch(text); m != nil {
		if a := knownAgency(m[1]); a != "" {
			return a, text
		}
	}
	return "", text
}

func knownAgency(list string) string {
	for _, tok := range tokenSplit.Split(list, -1) {
		if a, ok := agencies[strings.ToLower(tok)]; ok {
			return a
		}
	}
	return ""
}

var (
	isoDateRe   = regexp.MustCompile(`^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$`)
	isoStampRe  = regexp.MustCompile(`^(\d{4}-\d{2}-\d{2})[T ]\d{2}:\d{2}`)
	dmyDotsRe   = regexp.MustCompile(`^(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4})$`)
	dayMonthRe  = regexp.MustCompile(`^(\d{1,2})\.?\s+(\p{L}+)\.?\s+(\d{4})$`)
	monthDayRe  = regexp.MustCompile(`^(\p{L}+)\.?\s+(\d{1,2}),?\s+(\d{4})$`)
	monthYearRe = regexp.MustCompile(`^(\p{L}+)\.?\s+(\d{4})$`)
)

// ParseDate reads a whole string as a date ("2022-01-09", "9 Jan 2022",
// "9. Januar 2022", "09.01.2022", "Januar 2022", "2022-01-09T10:00:00Z")
// and returns it as ISO 8601 as precise as given, or "" if s is no date.
func ParseDate(s string) string {
	s = strings.TrimSpace(s)
	if m := isoStampRe.FindStringSubmatch(s); m != nil {
		s = m[1]
	}
	if m := isoDateRe.FindStringSubmatch(s); m != nil {
		y, _ := strconv.Atoi(m[1])
		mo, d := 0, 0
		if m[2] != "" {
			mo, _ = strconv.Atoi(m[2])
		}
		if m[3] != "" {
			d, _ = strconv.Atoi(m[3])
		}
		if (m[2] != "" && mo == 0) || (m[3] != "" && d == 0) {
			return "" // "2022-00", "2022-01-00"
		}
		return iso(y, mo, d)
	}
	if m := dmyDotsRe.FindStringSubmatch(s); m != nil && atoi(m[2]) > 0 && atoi(m[1]) > 0 {
		return iso(atoi(m[3]), atoi(m[2]), atoi(m[1]))
	}
	if m := dayMonthRe.FindStringSubmatch(s); m != nil && month(m[2]) > 0 && atoi(m[1]) > 0 {
		return iso(atoi(m[3]), month(m[2]), atoi(m[1]))
	}
	if m := monthDayRe.FindStringSubmatch(s); m != nil && month(m[1]) > 0 && atoi(m[2]) > 0 {
		return iso(atoi(m[3]), month(m[1]), atoi(m[2]))
	}
	if m := monthYearRe.FindStringSubmatch(s); m != nil {
		if mo := month(m[1]); mo > 0 {
			return iso(atoi(m[2]), mo, 0)
		}
	}
	return ""
}

func atoi(s string) int { n, _ := strconv.Atoi(s); return n }

func month(name string) int {
	n, _ := strconv.Atoi(months[strings.ToLower(name)])
	return n
}

var daysIn = [13]int{0, 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31}

// iso formats a date; m == 0 means year only, d == 0 month only. It
// returns "" for impossible dates.
func iso(y, m, d int) string {
	switch {
	case y < 1000 || y > 9999 || m < 0 || m > 12 || d < 0:
		return ""
	case m == 0:
		return fmt.Sprintf("%04d", y)
	case d == 0:
		return fmt.Sprintf("%04d-%02d", y, m)
	case d > daysIn[m] || (m == 2 && d == 29 && !(y%4 == 0 && (y%100 != 0 || y%400 == 0))):
		return ""
	}
	return fmt.Sprintf("%04d-%02d-%02d", y, m, d)
}

// AttributeParagraphs applies Attribution to an article split into
// paragraphs: a trailer on the last paragraph (removed), else a dateline on
// the first. It returns "" when no agency is credited.
func AttributeParagraphs(paras []string) (string, []string) {
	if len(paras) == 0 {
		return "", paras
	}
	if src, rest := Attribution(paras[len(paras)-1]); src != "" {
		paras[len(paras)-1] = rest
		return src, paras
	}
	src, _ := Attribution(paras[0])
	return src, paras
}
