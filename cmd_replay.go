package main

import (
	"errors"
	"fmt"
	"io"
	"os"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/term"

	"github.com/debrief-dev/debrief/tui"
)

func cmdReplay(args []string, stderr io.Writer) int {
	fs := newFlagSet("replay", stderr, "replay FILE [--speed N]")
	speed := fs.Float64("speed", 1, "play back N times faster than the meeting ran")
	file, ok := oneFile(fs, args)
	if !ok {
		return exitError
	}
	if *speed <= 0 {
		return fail(stderr, fmt.Errorf("--speed: %v must be more than 0", *speed))
	}
	events, warnings, err := loadEvents(file)
	if err != nil {
		return fail(stderr, err)
	}
	warn(stderr, warnings)
	r, err := tui.NewReplay(tui.ReplayOptions{Events: events, Speed: *speed, Name: file})
	if err != nil {
		return fail(stderr, fmt.Errorf("%s: %w", file, err))
	}
	var opts []tea.ProgramOption
	if !term.IsTerminal(os.Stdin.Fd()) {
		opts = append(opts, tea.WithInput(os.Stdin))
	}
	if _, err := tea.NewProgram(r, opts...).Run(); err != nil && !errors.Is(err, tea.ErrInterrupted) {
		return fail(stderr, err)
	}
	return exitOK
}
