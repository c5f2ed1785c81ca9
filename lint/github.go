package lint

import (
	"bufio"
	"strconv"
	"strings"
	"unsafe"

	"github.com/debrief-dev/debrief/phrasing"
)

// githubWriter prints GitHub Actions workflow commands, one per finding,
// which GitHub shows as annotations on the pull request's diff:
//
//	::warning file=F,line=L,endLine=L,col=C,endColumn=C,title=T::message
//
// A warning is a warning annotation; a suggestion is a notice.
type githubWriter struct {
	w   *bufio.Writer
	buf []byte
	msg []byte // the title and message, built in place per finding
}

func (g *githubWriter) Write(r Result) error {
	b := g.buf[:0]
	if r.Severity == phrasing.Warning {
		b = append(b, "::warning "...)
	} else {
		b = append(b, "::notice "...)
	}
	b = append(b, "file="...)
	b = appendProperty(b, r.File)
	b = append(b, ",line="...)
	b = strconv.AppendInt(b, int64(r.Line), 10)
	b = append(b, ",endLine="...)
	b = strconv.AppendInt(b, int64(r.EndLine), 10)
	b = append(b, ",col="...)
	b = strconv.AppendInt(b, int64(r.Column), 10)
	b = append(b, ",endColumn="...)
	b = strconv.AppendInt(b, int64(r.EndColumn), 10)
	b = append(b, ",title="...)
	m := append(append(append(append(g.msg[:0], "debrief "...), r.Rule...), " ("...), r.Category...)
	m = append(m, ')')
	b = appendProperty(b, unsafe.String(unsafe.SliceData(m), len(m)))
	b = append(b, "::"...)
	m = append(append(append(append(m[:0], '"'), r.Match...), "\": "...), r.Message...)
	if r.Suggestion != "" {
		m = append(append(m, " Suggestion: "...), r.Suggestion...)
	}
	g.msg = m
	b = appendData(b, unsafe.String(unsafe.SliceData(m), len(m)))
	b = append(b, '\n')
	g.buf = b
	_, err := g.w.Write(b)
	return err
}

func (g *githubWriter) Close() error { return g.w.Flush() }

// Workflow commands read %, CR and LF as escapes in the message, and also
// : and , in a property; the text is made terminal-safe first, since the
// job log is shown in a terminal too.
var (
	dataEscaper     = strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A")
	propertyEscaper = strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A", ":", "%3A", ",", "%2C")
)

func appendData(b []byte, s string) []byte {
	return append(b, dataEscaper.Replace(Escape(s))...)
}

func appendProperty(b []byte, s string) []byte {
	return append(b, propertyEscaper.Replace(Escape(s))...)
}

// githubSwitchWarning is the workflow command for a switch that switches
// nothing off: a warning annotation on its line.
func githubSwitchWarning(file string, line int, msg string) string {
	b := appendProperty([]byte("::warning file="), file)
	b = append(b, ",line="...)
	b = strconv.AppendInt(b, int64(line), 10)
	b = append(b, ",title=debrief switch::"...)
	return string(appendData(b, msg)) + "\n"
}

// githubFileError is the workflow command for a file that could not be
// checked (missing, not text): an error annotation, on the line the
// message names when it names one, so the pull request shows why the
// check failed and not only the job log.
func githubFileError(file, msg string) string {
	b := appendProperty([]byte("::error file="), file)
	line, col := locate(file, msg)
	if line > 0 {
		b = append(b, ",line="...)
		b = strconv.AppendInt(b, int64(line), 10)
	}
	if col > 0 {
		b = append(b, ",col="...)
		b = strconv.AppendInt(b, int64(col), 10)
	}
	b = append(b, ",title=debrief lint::"...)
	return string(appendData(b, msg)) + "\n"
}

// locate reads the line and column an error message about file names,
// "FILE[:LINE[:COL]]: why" as debrief says it on a terminal; zero for
// what it does not name.
func locate(file, msg string) (line, col int) {
	rest, _ := strings.CutPrefix(msg, file+":")
	var at [2]int
	for i := range at {
		n := 0
		for n < len(rest) && n < 9 && rest[n] >= '0' && rest[n] <= '9' {
			n++
		}
		if n == 0 || n == len(rest) || rest[n] != ':' {
			break
		}
		at[i], _ = strconv.Atoi(rest[:n])
		rest = rest[n+1:]
	}
	return at[0], at[1]
}
