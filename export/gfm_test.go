package export

import (
	"bytes"
	"html"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	east "github.com/yuin/goldmark/extension/ast"
	ghtml "github.com/yuin/goldmark/renderer/html"
	"github.com/yuin/goldmark/text"

	"github.com/debrief-dev/debrief/model"
)

// templateHeadings are the only headings an export may have, in order,
// after the title: the template's sections, then debrief's own.
var templateHeadings = []string{
	"2 Summary", "2 Impact", "2 Timeline (all times UTC)", "2 Contributing Factors",
	"2 Action Items", "2 Lessons Learned", "2 Meeting", "3 Attendees and roles",
	"3 Time per phase", "3 Parking lot", "3 Action-item checks", "3 Phrasing flags", "3 Notes",
}

// TestMarkdownIsValidGFM parses each export as GitHub does and checks the
// structure survived the notes: the headings are the template's, every
// table row has its header's cells, nothing from a note became HTML, a
// link, code or strikethrough, and the only HTML is the record's
// <details> and the switches for `debrief lint`.
func TestMarkdownIsValidGFM(t *testing.T) {
	for name, build := range map[string]func(testing.TB) []model.Event{
		"checkout": checkoutSession, "hostile": hostileSession,
	} {
		t.Run(name, func(t *testing.T) {
			events := build(t)
			s := fold(t, events)
			src := []byte(Markdown(s, events, Options{}))
			// Unsafe, as GitHub allows <details>: any HTML a note smuggled in
			// would reach the output and fail the tag check below.
			md := goldmark.New(goldmark.WithExtensions(extension.GFM), goldmark.WithRendererOptions(ghtml.WithUnsafe()))
			doc := md.Parser().Parse(text.NewReader(src))

			var headings []string
			var htmlBlocks []string
			fences := 0
			err := ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
				if !entering {
					return ast.WalkContinue, nil
				}
				switch n.Kind() {
				case ast.KindHeading:
					h := n.(*ast.Heading)
					headings = append(headings, string(rune('0'+h.Level))+" "+plain(n, src))
				case ast.KindHTMLBlock:
					if block := strings.TrimSpace(string(linesOf(n, src))); !lintSwitch.MatchString(block) {
						htmlBlocks = append(htmlBlocks, block)
					}
				case ast.KindRawHTML:
					if raw := segmentsOf(n.(*ast.RawHTML).Segments, src); !lintSwitch.MatchString(raw) {
						t.Errorf("inline HTML in the export: %q", raw)
					}
				case ast.KindFencedCodeBlock:
					fences++
				case ast.KindCodeSpan, ast.KindCodeBlock, ast.KindLink, ast.KindImage, ast.KindBlockquote,
					east.KindStrikethrough:
					t.Errorf("a note became %s: %q", n.Kind(), plain(n, src))
				case east.KindTable:
					checkTable(t, n, src)
				}
				return ast.WalkContinue, nil
			})
			if err != nil {
				t.Fatal(err)
			}
			if len(headings) == 0 || !strings.HasPrefix(headings[0], "2 [SEV-") {
				t.Fatalf("the export does not open with the title heading: %q", headings)
			}
			if !slices.Equal(headings[1:], templateHeadings) {
				t.Errorf("headings:\n%q\nwant:\n%q", headings[1:], templateHeadings)
			}
			if len(htmlBlocks) != 2 ||
				!regexp.MustCompile(`^<details><summary>Meeting record \(debrief session, \d+ events\)</summary>$`).MatchString(htmlBlocks[0]) ||
				htmlBlocks[1] != "</details>" {
				t.Errorf("HTML blocks other than the record's <details>: %q", htmlBlocks)
			}
			if fences != 1 {
				t.Errorf("%d fenced code blocks, want the record's one", fences)
			}

			var out bytes.Buffer
			if err := md.Renderer().Render(&out, src, doc); err != nil {
				t.Fatal(err)
			}
			checkRendered(t, name, out.String())
		})
	}
}

// lintSwitch matches the comments the export writes for `debrief lint`
// (lintmarks.go), the only HTML besides the record's <details>.
var lintSwitch = regexp.MustCompile(`^<!-- debrief-(disable|enable|disable-line( [A-Za-z0-9_.-]+)+) -->$`)

// checkTable checks every row against the header: the cells goldmark
// found, and the cells in the row's source line, split the way GFM splits
// them, since goldmark drops a row's extra cells silently.
func checkTable(t *testing.T, table ast.Node, src []byte) {
	t.Helper()
	want := -1
	for row := table.FirstChild(); row != nil; row = row.NextSibling() {
		cells := row.ChildCount()
		line := sourceLine(src, rowStart(row))
		inLine := countCells(line)
		if want < 0 {
			want = cells
		}
		if cells != want || inLine != want {
			t.Errorf("table row has %d cells (%d in its source), header has %d: %q", cells, inLine, want, line)
		}
	}
}

// rowStart is where a row's source line starts: its first cell's text.
func rowStart(row ast.Node) int {
	for c := row.FirstChild(); c != nil; c = c.NextSibling() {
		if c.Lines().Len() > 0 {
			return c.Lines().At(0).Start
		}
	}
	return -1
}

func sourceLine(src []byte, pos int) string {
	if pos < 0 {
		return ""
	}
	start := bytes.LastIndexByte(src[:pos], '\n') + 1
	end := bytes.IndexByte(src[pos:], '\n')
	if end < 0 {
		return string(src[start:])
	}
	return string(src[start : pos+end])
}

// countCells counts a row's cells as GFM does: split on pipes not
// preceded by a backslash, ignoring the leading and trailing pipe.
func countCells(line string) int {
	line = strings.TrimSpace(line)
	line = strings.TrimPrefix(line, "|")
	if strings.HasSuffix(line, "|") && !strings.HasSuffix(line, `\|`) {
		line = line[:len(line)-1]
	}
	n := 1
	for i := 0; i < len(line); i++ {
		if line[i] == '|' && (i == 0 || line[i-1] != '\\') {
			n++
		}
	}
	return n
}

// checkRendered looks at the HTML GitHub would show: note text appears as
// text, and no tag, control character or override from a note survives.
func checkRendered(t *testing.T, name, out string) {
	t.Helper()
	allowed := regexp.MustCompile(`^</?(h2|h3|p|ul|li|table|thead|tbody|tr|th|td|strong|em|hr|br|pre|code|details|summary)( class="language-yaml")?/?>$`)
	for _, tag := range regexp.MustCompile(`<[^>]*>`).FindAllString(out, -1) {
		if !allowed.MatchString(tag) && !lintSwitch.MatchString(tag) {
			t.Errorf("unexpected tag in the rendered export: %q", tag)
		}
	}
	for _, r := range out {
		if isInert(r) && r != '\n' {
			t.Errorf("raw control or override character %U in the rendered export", r)
			break
		}
	}
	if name != "hostile" {
		return
	}
	shown := html.UnescapeString(regexp.MustCompile(`<[^>]*>`).ReplaceAllString(out, ""))
	for _, want := range []string{
		"<script>alert('xss')</script>",
		"<img src=x onerror=alert(1)> <b>bold</b> <!-- comment --> <details>open</details>",
		"AT&T &amp; &#x3C; &lt;not html&gt; &copy;",
		"pipes | in || the | middle |",
		"`code` and ``` fences ```` and a lone `",
		"# leading hash", "* star item", "1. ordered", "2) ordered too", "> a quote",
		"[a link](javascript:alert(1)) ![image](http://x/y.png) [ref]: http://evil",
		"~~strike~~ _under_ *star* **bold** __dunder__",
		"trailing backslash \\", "closing hashes ##",
		"emoji 🔥👩💻🇺🇦 wide 漢字テスト",
		`\x1b[31mred\x1b[0m \x1b]0;owned\x07 \x1b[2J`,
		`nul\x00 bell\x07 del\x7f`, `c1 \u009b31m`, `bidi \u202egnp.exe\u202c`,
		"line one line two line three line four",
		"# not a heading",
	} {
		if !strings.Contains(shown, want) {
			t.Errorf("the rendered export does not show %q as text", want)
		}
	}
}

// plain is a node's text as a reader sees it.
func plain(n ast.Node, src []byte) string {
	var b strings.Builder
	_ = ast.Walk(n, func(c ast.Node, entering bool) (ast.WalkStatus, error) {
		if entering {
			if tx, ok := c.(*ast.Text); ok {
				b.Write(tx.Value(src))
			} else if s, ok := c.(*ast.String); ok {
				b.Write(s.Value)
			}
		}
		return ast.WalkContinue, nil
	})
	return b.String()
}

func linesOf(n ast.Node, src []byte) []byte {
	var b []byte
	for i := 0; i < n.Lines().Len(); i++ {
		seg := n.Lines().At(i)
		b = append(b, seg.Value(src)...)
	}
	return b
}

func segmentsOf(s *text.Segments, src []byte) string {
	var b []byte
	for i := 0; i < s.Len(); i++ {
		seg := s.At(i)
		b = append(b, seg.Value(src)...)
	}
	return string(b)
}
