package com.supportbilling.architecture.broken.cli;

/** The fixture's command. */
public class Command {
}
