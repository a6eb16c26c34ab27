package text

import (
	_ "embed"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph"
)

//go:embed abbrev.txt
var abbrevData string

// abbrevs maps an abbreviation (with its final period) to whether it may
// also end a sentence.
var abbrevs = loadAbbrevs(abbrevData)

func loadAbbrevs(data string) map[string]bool {
	m := make(map[string]bool)
	for _, line := range strings.Split(data, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || line[0] == '#' {
			continue
		}
		canEnd := false
		if strings.HasSuffix(line, " *") {
			canEnd = true
			line = strings.TrimSpace(strings.TrimSuffix(line, " *"))
		}
		m[line] = canEnd
	}
	return m
}

// IsAbbreviation reports whether w (with its final period) is a known
// abbreviation, and whether it may also end a sentence.
func IsAbbreviation(w string) (known, canEnd bool) {
	canEnd, known = abbrevs[w]
	return known, canEnd
}

// wrapWidth is the longest line length at which a text is taken to be
// hard-wrapped: its single line breaks then continue the sentence.
const wrapWidth = 100

// shortLine is the length under which a line in hard-wrapped text is
// taken to be a heading or the last line of a paragraph.
const shortLine = 40

// Segment splits an article into sentences and tokens. Offsets are byte
// offsets into a.Text. It never fails: empty text gives no sentences.
func Segment(a newsgraph.Article) *Document {
	doc := &Document{Article: a}
	toks, gaps := tokenize(a.Text)
	if len(toks) == 0 {
		return doc
	}
	wrapped := isWrapped(a.Text)
	start := 0
	for i := range toks {
		if i+1 < len(toks) && !endsSentence(a.Text, toks, gaps, i, wrapped) {
			continue
		}
		s := Sentence{
			Index:  len(doc.Sentences),
			Start:  toks[start].Start,
			End:    toks[i].End,
			Tokens: toks[start : i+1 : i+1],
		}
		s.Text = a.Text[s.Start:s.End]
		doc.Sentences = append(doc.Sentences, s)
		start = i + 1
	}
	return doc
}

// isWrapped reports whether the text looks hard-wrapped: several lines, none
// longer than wrapWidth.
func isWrapped(s string) bool {
	lines, longest, cur := 0, 0, 0
	for i := 0; i < len(s); i++ {
		if s[i] == '\n' {
			if cur > longest {
				longest = cur
			}
			if cur > 0 {
				lines++
			}
			cur = 0
			continue
		}
		if s[i] < 0x80 || s[i] >= 0xC0 { // count runes, not continuation bytes
			cur++
		}
	}
	if cur > longest {
		longest = cur
	}
	return lines >= 3 && longest <= wrapWidth
}

// gap describes the white space before a token.
type gap struct {
	newlines uint8 // line breaks in the white space, capped at 255
	space    bool
}

// Tokenize splits s into tokens with byte offsets into s.
func Tokenize(s string) []Token {
	toks, _ := tokenize(s)
	return toks
}

// tokenize splits s into tokens. The second result gives, per token, the
// white space that precedes it.
func tokenize(s string) ([]Token, []gap) {
	toks := make([]Token, 0, len(s)/5+1)
	gaps := make([]gap, 0, len(s)/5+1)
	var g gap
	i := 0
	for i < len(s) {
		if s[i] == ' ' { // the commonest byte, without decoding
			g.space = true
			i++
			continue
		}
		r, n := decode(s, i)
		if isSpace(r) {
			g.space = true
			if r == '\n' && g.newlines < 255 {
				g.newlines++
			}
			i += n
			continue
		}
		var t Token
		if isAlnum(r) {
			t = scanWord(s, i)
		} else {
			t = scanPunct(s, i, r, n)
		}
		toks = append(toks, t)
		gaps = append(gaps, g)
		g = gap{}
		i = t.End
	}
	// Decide the ordinal periods now that the next token is known.
	toks = attachPeriods(s, toks, gaps)
	return toks, gaps[:len(toks)]
}

func decode(s string, i int) (rune, int) {
	if c := s[i]; c < utf8.RuneSelf {
		return rune(c), 1
	}
	return utf8.DecodeRuneInString(s[i:])
}

func isSpace(r rune) bool {
	switch r {
	case ' ', '\t', '\n', '\r', '\f', '\v', 0xA0, 0x2009, 0x202F, 0x200B, 0xFEFF:
		return true
	}
	return r >= 0x80 && unicode.IsSpace(r)
}

func isAlnum(r rune) bool {
	if r < utf8.RuneSelf {
		return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

func isDigit(r rune) bool { return r >= '0' && r <= '9' }

func isHyphen(r rune) bool { return r == '-' || r == 0x2011 || r == 0x2010 }

// scanWord reads a word or number starting at i: letters and digits, joined
// by inner hyphens (US-Außenamtssprecher), by . or , between digits (1.600,
// 3,5), by apostrophes between letters, and dotted abbreviations (z.B.).
func scanWord(s string, i int) Token {
	start := i
	allDigits := true
	dotted := false // contains letter.letter
	for i < len(s) {
		// ASCII letters and digits, most of the text, take the short way;
		// the rest goes through the general rune tests below.
		if c := s[i]; c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' {
			allDigits = false
			i++
			continue
		} else if c >= '0' && c <= '9' {
			i++
			continue
		}
		r, n := decode(s, i)
		if isAlnum(r) {
			if !isDigit(r) {
				allDigits = false
			}
			i += n
			continue
		}
		if i+n >= len(s) {
			break
		}
		next, _ := decode(s, i+n)
		prev, _ := utf8.DecodeLastRuneInString(s[start:i])
		switch {
		case isHyphen(r) && isAlnum(next):
			allDigits = false
			i += n
			continue
		case (r == '.' || r == ',') && isDigit(prev) && isDigit(next) && allDigits:
			i += n
			continue
		case (r == '\'' || r == 0x2019) && unicode.IsLetter(prev) && unicode.IsLetter(next):
			i += n
			continue
		case r == '.' && unicode.IsLetter(prev) && unicode.IsLetter(next) && !allDigits && shortPiece(s[start:i]):
			// z.B, d.h, U.S — only short pieces, so "Ende.Der" typos stay split
			dotted = true
			i += n
			continue
		}
		break
	}
	t := Token{Text: s[start:i], Start: start, End: i, Kind: Word}
	if allDigits {
		t.Kind = Number
	}
	// A dotted abbreviation keeps its final period.
	if i < len(s) && s[i] == '.' && t.Kind == Word {
		w := s[start : i+1]
		if _, ok := abbrevs[w]; ok || dotted || utf8.RuneCountInString(t.Text) == 1 {
			t.End = i + 1
			t.Text = w
		}
	}
	return t
}

// shortPiece reports whether the last dot-separated piece of w is at most
// two letters long (z, B, d, U).
func shortPiece(w string) bool {
	if k := strings.LastIndexByte(w, '.'); k >= 0 {
		w = w[k+1:]
	}
	return utf8.RuneCountInString(w) <= 2
}

// scanPunct reads one punctuation token; runs of periods (an ellipsis) and
// of hyphens form one token.
func scanPunct(s string, i int, r rune, n int) Token {
	start := i
	i += n
	switch r {
	case '.':
		for i < len(s) && s[i] == '.' {
			i++
		}
	case '!', '?':
		for i < len(s) && (s[i] == '!' || s[i] == '?') {
			i++
		}
	case '-':
		for i < len(s) && s[i] == '-' {
			i++
		}
	}
	return Token{Text: s[start:i], Start: start, End: i, Kind: Punct}
}

// attachPeriods joins a period to a preceding one- or two-digit number when
// it is an ordinal (9. Januar, am 3. Tag): the period then does not end a
// sentence. A number before a paragraph break or at the end keeps its
// period as a sentence end.
func attachPeriods(s string, toks []Token, gaps []gap) []Token {
	out := toks[:0]
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		if t.Kind == Number && len(t.Text) <= 2 && i+1 < len(toks) && toks[i+1].Text == "." &&
			toks[i+1].Start == t.End && i+2 < len(toks) && gaps[i+2].newlines < 2 &&
			gaps[i+2].space && ordinalFollower(toks[i+2]) {
			t.End++
			t.Text = s[t.Start:t.End]
			out = append(out, t)
			gaps[len(out)-1] = gaps[i]
			i++
			continue
		}
		if len(out) == i {
			// nothing merged yet: the token is already in place (most
			// texts; copying would cost a write barrier per token)
			out = out[:i+1]
			continue
		}
		out = append(out, t)
		gaps[len(out)-1] = gaps[i]
	}
	return out
}

// ordinalFollower reports whether t can follow an ordinal number: a word or
// number (9. Januar, 2. Weltkrieg, 1. 2. 2022) but not an opening quote.
func ordinalFollower(t Token) bool {
	return t.Kind == Word || t.Kind == Number || t.Text == "…"
}

// endsSentence reports whether a sentence ends after toks[i].
func endsSentence(s string, toks []Token, gaps []gap, i int, wrapped bool) bool {
	next := gaps[i+1]
	if next.newlines >= 2 {
		return true
	}
	if next.newlines == 1 && (!wrapped || lineLen(s, toks[i].End) < shortLine || isBullet(toks[i+1].Text)) {
		return true
	}
	t := toks[i]
	terminal := false
	switch {
	case t.Kind == Punct && isTerminal(t.Text):
		terminal = true
	case t.Kind == Word && strings.HasSuffix(t.Text, "."):
		if canEnd, ok := abbrevs[t.Text]; ok && canEnd {
			terminal = true
		}
	case isClosing(t.Text) && i > 0 && toks[i-1].End == t.Start && toks[i-1].Kind == Punct && isTerminal(toks[i-1].Text):
		// „Wir kommen.“ — the sentence ends after the closing quote
		terminal = true
	}
	if !terminal {
		return false
	}
	n := toks[i+1]
	if isClosing(n.Text) && n.Start == t.End {
		return false // absorb the closing quote or bracket first
	}
	if !next.space {
		return false
	}
	r, _ := utf8.DecodeRuneInString(n.Text)
	return unicode.IsUpper(r) || isDigit(r) || isOpening(n.Text) || isBullet(n.Text)
}

// lineLen returns the length in runes of the line that contains offset end-1.
func lineLen(s string, end int) int {
	start := strings.LastIndexByte(s[:end], '\n') + 1
	stop := strings.IndexByte(s[end:], '\n')
	if stop < 0 {
		stop = len(s)
	} else {
		stop += end
	}
	return utf8.RuneCountInString(strings.TrimSpace(s[start:stop]))
}

func isTerminal(p string) bool {
	switch p {
	case ".", "!", "?", "…", "...", "?!", "!?", "!!", "??":
		return true
	}
	return strings.Trim(p, ".!?") == ""
}

func isClosing(p string) bool {
	switch p {
	case "“", "”", "\"", "'", "’", "«", "»", ")", "]", "‘", "›", "‹":
		return true
	}
	return false
}

func isOpening(p string) bool {
	switch p {
	case "„", "\"", "»", "«", "(", "[", "‚", "'", "“", "›", "‹", "–", "—", "-":
		return true
	}
	return false
}

func isBullet(p string) bool {
	switch p {
	case "•", "·", "*", "▪", "◦", "–", "—":
		return true
	}
	return false
}
