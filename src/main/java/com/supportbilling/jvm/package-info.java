/**
 * What this application tells the JVM it runs in: which code its optimizing compiler may take, during
 * the usage intake and after it.
 */
package com.supportbilling.jvm;
