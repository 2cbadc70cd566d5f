package com.supportbilling.architecture.broken.ledger;

import com.supportbilling.architecture.broken.cli.Command;

/** Breaks "nothing uses cli". */
public class UsesCli {

    Command command;
}
