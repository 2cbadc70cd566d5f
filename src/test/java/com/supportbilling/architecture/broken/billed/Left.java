package com.supportbilling.architecture.broken.billed;

import com.supportbilling.architecture.broken.documents.Right;

/** With {@link Right}, breaks "no cycles between top-level packages". */
public class Left {

    Right right;
}
