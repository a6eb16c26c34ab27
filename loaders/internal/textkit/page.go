package textkit

import (
	_ "embed"
	"regexp"
	"sort"
	"strings"
	"unicode/utf8"
)

// Web-page dumps of articles ("save as text", copy and paste from a
// browser) wrap the article in page furniture: share buttons, "Mehr zum
// Thema" teasers, a "Stand: 09.01.2022 14:03 Uhr" line. The furniture is
// no article text (its teaser headlines would yield facts from other
// articles), but the date line is the article's date, which relative dates
// in the text ("am Samstag") need.

var (
	//go:embed boilerplate.txt
	boilerplateData string
	//go:embed datelabels.txt
	dateLabelsData string
	//go:embed weekdays.txt
	weekdaysData string

	furnitureExact, furniturePrefixes = parseFurniture(parseList(boilerplateData))
	dateLabels                        = longestFirst(parseList(dateLabelsData))
	weekdays                          = setOf(parseList(weekdaysData))

	// a clock time closing a date line: ", 14:03 Uhr", "| 14.03 MEZ", "um 9:30"
	clockRe = regexp.MustCompile(`(?i)\s*[,|/–—-]?\s*(?:um\s+)?\d{1,2}[:.]\d{2}(?:[:.]\d{2})?\s*(?:uhr|h)?\s*(?:mez|mesz|cet|cest|utc)?\s*$`)
)

// maxFurniture is the longest paragraph that can be page furniture; longer
// ones are article text whatever they start with.
const maxFurniture = 100

// maxDateLine is the longest paragraph read as a date line.
const maxDateLine = 80

func parseFurniture(lines []string) (exact map[string]bool, prefixes []string) {
	exact = map[string]bool{}
	for _, l := range lines {
		l = strings.ToLower(l)
		if p, ok := strings.CutSuffix(l, "*"); ok {
			prefixes = append(prefixes, p)
		} else {
			exact[l] = true
		}
	}
	return exact, longestFirst(prefixes)
}

func longestFirst(list []string) []string {
	out := make([]string, len(list))
	for i, s := range list {
		out[i] = strings.ToLower(s)
	}
	sort.SliceStable(out, func(i, j int) bool { return len(out[i]) > len(out[j]) })
	return out
}

func setOf(list []string) map[string]bool {
	m := make(map[string]bool, len(list))
	for _, s := range list {
		m[strings.ToLower(s)] = true
	}
	return m
}

// trimBullet removes list bullets and separators a page puts before an item.
func trimBullet(p string) string {
	return strings.TrimSpace(strings.TrimLeft(strings.TrimSpace(p), "•·*-–—|>» \t"))
}

// IsFurniture reports whether a paragraph is page furniture such as
// "Artikel teilen" or "Mehr zum Thema: …" rather than article text.
func IsFurniture(p string) bool {
	p = trimBullet(p)
	if p == "" || utf8.RuneCountInString(p) > maxFurniture {
		return false
	}
	low := strings.ToLower(p)
	if furnitureExact[strings.TrimRight(low, ":.")] {
		return true
	}
	for _, pre := range furniturePrefixes {
		if strings.HasPrefix(low, pre) {
			return true
		}
	}
	return false
}

// DateLine reads a paragraph that states a publication date on its own:
// "Stand: 09.01.2022 14:03 Uhr", "Veröffentlicht am 9. Januar 2022",
// "Sonntag, 09.01.2022, 14:03 Uhr", "2022-01-09T14:03:00+01:00". It
// returns the date in ISO 8601 as precise as given, or "". An unlabelled
// line must give at least a month: a bare year is too often something else.
func DateLine(p string) string {
	p = trimBullet(p)
	if p == "" || utf8.RuneCountInString(p) > maxDateLine {
		return ""
	}
	labelled := false
	low := strings.ToLower(p)
	for _, l := range dateLabels {
		if strings.HasPrefix(low, l) && len(low) > len(l) && !isLetter(low[len(l)]) {
			p, labelled = p[len(l):], true
			break
		}
	}
	p = strings.TrimSpace(strings.TrimLeft(p, ": "))
	// a weekday before the date: "Sonntag, 9. Januar 2022", "So. 09.01.2022"
	if i := strings.IndexAny(p, ",. "); i > 0 && weekdays[strings.ToLower(p[:i])] {
		p = strings.TrimSpace(strings.TrimLeft(p[i:], ",. "))
	}
	if !isoStampRe.MatchString(p) {
		p = strings.TrimSpace(clockRe.ReplaceAllString(p, ""))
	}
	p = strings.TrimRight(p, ",|")
	d := ParseDate(p)
	if d == "" || (!labelled && len(d) < len("2006-01")) {
		return ""
	}
	return d
}

func isLetter(b byte) bool {
	return b >= 'a' && b <= 'z' || b >= 0x80
}
