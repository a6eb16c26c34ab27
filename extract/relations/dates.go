package relations

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/newsgraph/newsgraph/extract/text"
)

// articleDate is the publication date as precise as the article gives it.
type articleDate struct {
	y, m, d int
	prec    string // day, month, year, "" when unknown
}

func parseArticleDate(s string) articleDate {
	parts := strings.Split(strings.TrimSpace(s), "-")
	var ad articleDate
	nums := make([]int, 0, 3)
	for _, p := range parts {
		n, err := strconv.Atoi(p)
		if err != nil {
			return articleDate{}
		}
		nums = append(nums, n)
	}
	switch len(nums) {
	case 3:
		ad = articleDate{nums[0], nums[1], nums[2], "day"}
		if time.Date(ad.y, time.Month(ad.m), ad.d, 0, 0, 0, 0, time.UTC).Day() != ad.d {
			return articleDate{}
		}
	case 2:
		ad = articleDate{y: nums[0], m: nums[1], prec: "month"}
	case 1:
		ad = articleDate{y: nums[0], prec: "year"}
	}
	if ad.m < 0 || ad.m > 12 {
		return articleDate{}
	}
	return ad
}

// resolveWeekday finds the date of the weekday wd (1 = Monday … 7 = Sunday)
// on or before the article date; past (vergangenen Freitag) excludes the
// article's own day. With only a month known, the month is the answer.
func (ad articleDate) resolveWeekday(wd int, past bool) (string, string) {
	switch ad.prec {
	case "day":
		t := time.Date(ad.y, time.Month(ad.m), ad.d, 0, 0, 0, 0, time.UTC)
		diff := (int(t.Weekday()) - wd%7 + 7) % 7
		if past && diff == 0 {
			diff = 7
		}
		return t.AddDate(0, 0, -diff).Format("2006-01-02"), "day"
	case "month":
		return fmt.Sprintf("%04d-%02d", ad.y, ad.m), "month"
	}
	return "", ""
}

func isYear(t string) (int, bool) {
	if len(t) != 4 {
		return 0, false
	}
	n, err := strconv.Atoi(t)
	if err != nil || n < 1900 || n > 2100 {
		return 0, false
	}
	return n, true
}

// dateIn finds the date of what clause ci says: a date expression in the
// clause, else in a clause that depends on it (…, wie am Samstag bekannt
// wurde), else in the clause that reports it (teilte am Samstag mit, …).
func (s *sent) dateIn(ci int) (string, string) {
	if d, p := s.dateInClause(ci); d != "" {
		return d, p
	}
	for cj, c := range s.clauses {
		if cj != ci && c.parent == ci && c.kind != clRel {
			if d, p := s.dateInClause(cj); d != "" {
				return d, p
			}
		}
	}
	for cj, c := range s.clauses {
		if cj != ci && c.speech && c.kind == clMain {
			if d, p := s.dateInClause(cj); d != "" {
				return d, p
			}
		}
	}
	return "", ""
}

// dateInClause finds the first date expression of clause ci and resolves
// it against the article date.
func (s *sent) dateInClause(ci int) (string, string) {
	ad := s.x.date
	toks := s.clauses[ci].toks
	for k, t := range toks {
		w := &s.w[t]
		switch w.kind {
		case text.Word:
			low := w.low
			if wd, ok := weekday(low); ok {
				past := k > 0 && lex.pastWords[s.w[toks[k-1]].low]
				return ad.resolveWeekday(wd, past)
			}
			if m, ok := lex.months[low]; ok && w.upper {
				y := 0
				if k+1 < len(toks) {
					y, _ = isYear(s.w[toks[k+1]].text)
				}
				if y == 0 {
					if ad.prec == "" {
						continue
					}
					y = ad.y
					if ad.m > 0 && m > ad.m {
						y--
					}
				}
				if k > 0 && s.w[toks[k-1]].kind == text.Number {
					if d, err := strconv.Atoi(strings.TrimSuffix(s.w[toks[k-1]].text, ".")); err == nil && d >= 1 && d <= 31 {
						return fmt.Sprintf("%04d-%02d-%02d", y, m, d), "day"
					}
				}
				return fmt.Sprintf("%04d-%02d", y, m), "month"
			}
		case text.Number:
			y, ok := isYear(w.text)
			if !ok {
				continue
			}
			if k+1 < len(toks) {
				nx := &s.w[toks[k+1]]
				if nx.kind == text.Word && nx.upper && s.argCovering(toks[k+1]) < 0 && lex.months[nx.low] == 0 {
					continue // 2019 Menschen: a count, not a year
				}
			}
			// von 1989 bis 2019
			if k > 0 && s.w[toks[k-1]].low == "von" && k+2 < len(toks) && s.w[toks[k+1]].low == "bis" {
				if y2, ok := isYear(s.w[toks[k+2]].text); ok {
					return fmt.Sprintf("%04d/%04d", y, y2), "year"
				}
			}
			return fmt.Sprintf("%04d", y), "year"
		}
	}
	return "", ""
}

// weekday reads a weekday name, also in compounds such as Dienstagabend.
func weekday(low string) (int, bool) {
	if n, ok := lex.weekdays[low]; ok {
		return n, true
	}
	for name, n := range lex.weekdays {
		if rest, ok := strings.CutPrefix(low, name); ok && lex.dayparts[rest] {
			return n, true
		}
	}
	return 0, false
}
