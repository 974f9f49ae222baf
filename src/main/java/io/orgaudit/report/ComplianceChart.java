package io.orgaudit.report;

import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrossBetween;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisOrientation;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.BarGrouping;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/** A horizontal bar per framework: the share of evaluated accounts that comply, read from the Summary's own cells. */
final class ComplianceChart {

    static final String TITLE = "Compliance per framework";
    private static final int WIDTH_IN_COLUMNS = 10;
    private static final int MIN_HEIGHT_IN_ROWS = 20;
    private static final byte[] BAR_COLOUR = {(byte) 0x44, (byte) 0x72, (byte) 0xC4};

    private ComplianceChart() {
    }

    static void draw(XSSFSheet sheet, int firstRow, int lastRow, int nameColumn, int valueColumn, int anchorColumn) {
        XSSFDrawing drawing = sheet.createDrawingPatriarch();
        int height = Math.max(MIN_HEIGHT_IN_ROWS, (lastRow - firstRow + 1) + 4);
        int top = Math.max(0, firstRow - 1);
        XSSFChart chart = drawing.createChart(drawing.createAnchor(0, 0, 0, 0, anchorColumn, top,
                anchorColumn + WIDTH_IN_COLUMNS, top + height));
        chart.setTitleText(TITLE);
        chart.setTitleOverlay(false);

        XDDFCategoryAxis frameworks = chart.createCategoryAxis(AxisPosition.LEFT);
        frameworks.setOrientation(AxisOrientation.MAX_MIN); // first framework at the top, as in the table
        frameworks.setCrosses(AxisCrosses.AUTO_ZERO);
        XDDFValueAxis share = chart.createValueAxis(AxisPosition.BOTTOM);
        share.setCrosses(AxisCrosses.MAX); // with the categories reversed, this keeps the percent scale at the bottom
        share.setMinimum(0);
        share.setMaximum(1);
        share.setNumberFormat("0%");
        share.setCrossBetween(AxisCrossBetween.BETWEEN);

        XDDFBarChartData data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, frameworks, share);
        data.setBarDirection(BarDirection.BAR);
        data.setVaryColors(false);
        data.setBarGrouping(BarGrouping.CLUSTERED);
        data.setGapWidth(60);
        XDDFChartData.Series series = data.addSeries(
                XDDFDataSourcesFactory.fromStringCellRange(sheet, new CellRangeAddress(firstRow, lastRow, nameColumn, nameColumn)),
                XDDFDataSourcesFactory.fromNumericCellRange(sheet,
                        new CellRangeAddress(firstRow, lastRow, valueColumn, valueColumn)));
        series.setTitle("Compliance", null);
        series.setFillProperties(new XDDFSolidFillProperties(XDDFColor.from(BAR_COLOUR)));
        chart.plot(data);
    }
}
