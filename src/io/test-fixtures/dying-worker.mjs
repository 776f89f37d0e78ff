// A worker that exits as soon as it starts: the pool must hand its transcripts back.
process.exit(1);
