package org.audienceimport.ui.common;

import java.util.List;

import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.geometry.HPos;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.layout.Pane;

/**
 * A bar of two groups, say filters and actions: on one row, the first at the left and the second at the
 * right, when the width allows; else the second goes under the first, so that no label or button is cut
 * (translations are longer than English). Give it exactly two children, in that order.
 */
public final class WrappingBar extends Pane {

    private final DoubleProperty gap = new SimpleDoubleProperty(this, "gap", 12) {
        @Override
        protected void invalidated() {
            requestLayout();
        }
    };

    public DoubleProperty gapProperty() {
        return gap;
    }

    public double getGap() {
        return gap.get();
    }

    public void setGap(double value) {
        gap.set(value);
    }

    @Override
    public Orientation getContentBias() {
        return Orientation.HORIZONTAL;
    }

    @Override
    protected double computeMinWidth(double height) {
        return insetsWidth() + groups().stream().mapToDouble(n -> n.minWidth(-1)).max().orElse(0);
    }

    @Override
    protected double computePrefWidth(double height) {
        return insetsWidth() + oneRowWidth();
    }

    @Override
    protected double computeMinHeight(double width) {
        return computePrefHeight(width);
    }

    @Override
    protected double computePrefHeight(double width) {
        List<Node> groups = groups();
        Insets insets = getInsets();
        double rows = fitsOneRow(width) ? groups.stream().mapToDouble(n -> n.prefHeight(-1)).max().orElse(0)
                : groups.stream().mapToDouble(n -> n.prefHeight(-1)).sum() + getGap() * Math.max(0, groups.size() - 1);
        return insets.getTop() + rows + insets.getBottom();
    }

    @Override
    protected void layoutChildren() {
        List<Node> groups = groups();
        if (groups.isEmpty()) {
            return;
        }
        Insets insets = getInsets();
        double left = insets.getLeft();
        double top = insets.getTop();
        double room = getWidth() - insetsWidth();
        Node first = groups.getFirst();
        if (groups.size() == 1) {
            layoutInArea(first, left, top, room, first.prefHeight(-1), 0, HPos.LEFT, VPos.CENTER);
            return;
        }
        Node second = groups.get(1);
        double firstWidth = Math.min(first.prefWidth(-1), room);
        double secondWidth = Math.min(second.prefWidth(-1), room);
        if (fitsOneRow(getWidth())) {
            double height = Math.max(first.prefHeight(-1), second.prefHeight(-1));
            layoutInArea(first, left, top, firstWidth, height, 0, HPos.LEFT, VPos.CENTER);
            layoutInArea(second, left + room - secondWidth, top, secondWidth, height, 0, HPos.RIGHT, VPos.CENTER);
        } else {
            double firstHeight = first.prefHeight(-1);
            layoutInArea(first, left, top, firstWidth, firstHeight, 0, HPos.LEFT, VPos.CENTER);
            layoutInArea(second, left, top + firstHeight + getGap(), secondWidth, second.prefHeight(-1), 0,
                    HPos.LEFT, VPos.CENTER);
        }
    }

    private boolean fitsOneRow(double width) {
        return width < 0 || oneRowWidth() <= width - insetsWidth();
    }

    private double oneRowWidth() {
        List<Node> groups = groups();
        return groups.stream().mapToDouble(n -> n.prefWidth(-1)).sum() + getGap() * Math.max(0, groups.size() - 1);
    }

    private double insetsWidth() {
        return getInsets().getLeft() + getInsets().getRight();
    }

    private List<Node> groups() {
        List<Node> managed = getManagedChildren();
        return managed.size() > 2 ? managed.subList(0, 2) : managed;
    }
}
