package com.supportbilling.architecture.broken.documents;

import com.supportbilling.architecture.broken.billed.Left;

/** With {@link Left}, breaks "no cycles between top-level packages". */
public class Right {

    Left left;
}
